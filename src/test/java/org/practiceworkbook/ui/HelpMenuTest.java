package org.practiceworkbook.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.practiceworkbook.BuildInfo;
import org.practiceworkbook.pack.PackReader;
import org.practiceworkbook.store.Workbook;
import org.practiceworkbook.store.WorkbookLocation;
import org.practiceworkbook.ui.common.BackgroundTasks;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A practice manager stuck on something, opening the guide, the list of keys, or the details to send for support. */
@ExtendWith(ApplicationExtension.class)
class HelpMenuTest {

    @TempDir
    static Path folder;

    private Workbook workbook;
    private MainWindow window;
    private Scene scene;

    @Start
    void start(Stage stage) {
        workbook = Workbook.open(folder.resolve("help-" + System.nanoTime()), new PackReader());
        window = new MainWindow(workbook, BackgroundTasks.immediate(), java.time.Clock.systemUTC(), stage::close);
        scene = new Scene(window.root(), 1000, 720);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != scene.getWindow()).toList()
                .forEach(Window::hide));
        workbook.close();
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get();
    }

    @SuppressWarnings("unchecked")
    private static ListView<Object> contents(FxRobot robot) {
        return robot.lookup("#help-contents").queryAs(ListView.class);
    }

    private static List<String> titles(FxRobot robot) throws Exception {
        return onFx(() -> contents(robot).getItems().stream().map(p -> ((org.practiceworkbook.ui.help.GuidePage) p)
                .title()).toList());
    }

    private static String pageText(FxRobot robot) throws Exception {
        return onFx(() -> {
            var words = new StringBuilder();
            collectText(robot.lookup("#help-page").query(), words);
            return words.toString();
        });
    }

    private static void collectText(Node node, StringBuilder words) {
        if (node instanceof Text text) {
            words.append(text.getText());
        } else if (node instanceof Label label) {
            words.append(label.getText()).append('\n');
        }
        if (node instanceof javafx.scene.Parent parent && !(node instanceof Label)) {
            parent.getChildrenUnmodifiable().forEach(child -> collectText(child, words));
            if (node instanceof javafx.scene.text.TextFlow) {
                words.append('\n');
            }
        }
    }

    private static Text firstText(FxRobot robot) {
        return robot.lookup("#help-page .help-text").queryAs(Text.class);
    }

    @Test
    void the_user_guide_opens_from_the_help_menu_with_a_contents_list_and_each_page_to_read(FxRobot robot)
            throws Exception {
        robot.clickOn("Help").clickOn("#menu-user-guide");

        assertThat(titles(robot)).containsExactly("Getting started", "Assessing on your own",
                "Away-day: before the day", "Away-day: during the day", "Away-day: after the day",
                "Exchanging files", "Reading the charts", "The action plan", "Where your work is kept",
                "Keyboard shortcuts");
        assertThat(robot.lookup("#help-page-title").queryAs(Label.class).getText()).isEqualTo("Getting started");

        robot.clickOn("Reading the charts");
        assertThat(robot.lookup("#help-page-title").queryAs(Label.class).getText()).isEqualTo("Reading the charts");
        assertThat(pageText(robot)).contains("Heat map", "Items down the side, people across the top");
        ScreenSnapshots.save(robot.lookup("#user-guide").query(), "user-guide-charts-text-normal");

        robot.type(KeyCode.ESCAPE);
        assertThat(robot.lookup("#user-guide").tryQuery()).isEmpty();
        // Asked for again, it comes back on the page the person was reading.
        robot.clickOn("Help").clickOn("#menu-user-guide");
        assertThat(robot.lookup("#help-page-title").queryAs(Label.class).getText()).isEqualTo("Reading the charts");
    }

    @Test
    void the_guide_is_drawn_at_the_main_windows_text_size_and_follows_it_when_it_changes(FxRobot robot)
            throws Exception {
        robot.clickOn("Help").clickOn("#menu-user-guide");
        robot.clickOn("Away-day: during the day");
        double normal = onFx(() -> firstText(robot).getFont().getSize());

        robot.interact(() -> window.setTextSize(TextSize.EXTRA_LARGE));
        WaitForAsyncUtils.waitForFxEvents();
        double extraLarge = onFx(() -> firstText(robot).getFont().getSize());
        ScreenSnapshots.save(robot.lookup("#user-guide").query(), "user-guide-during-text-extra-large");

        assertThat(normal).isEqualTo(14);
        assertThat(extraLarge).isEqualTo(23);
        // The words still fit the window's width: nothing wider than the page is cut off at the side.
        double pageWidth = onFx(() -> robot.lookup("#help-page").query().getLayoutBounds().getWidth());
        double scrollWidth = onFx(() -> robot.lookup("#help-page-scroll").query().getLayoutBounds().getWidth());
        assertThat(pageWidth).isLessThanOrEqualTo(scrollWidth);
        robot.interact(() -> window.setTextSize(TextSize.NORMAL));
        WaitForAsyncUtils.waitForFxEvents();
        ScreenSnapshots.save(robot.lookup("#user-guide").query(), "user-guide-during-text-normal");
    }

    @Test
    void searching_the_guide_keeps_the_pages_that_mention_every_word_and_says_when_none_does(FxRobot robot)
            throws Exception {
        robot.clickOn("Help").clickOn("#menu-user-guide");
        robot.clickOn("#help-search").write("response file");

        assertThat(titles(robot)).contains("Away-day: before the day", "Exchanging files")
                .doesNotContain("Reading the charts", "The action plan");
        assertThat(robot.lookup("#help-nothing-found").queryAs(Label.class).isVisible()).isFalse();

        robot.write(" zebra");
        assertThat(titles(robot)).isEmpty();
        assertThat(robot.lookup("#help-nothing-found").queryAs(Label.class).getText())
                .isEqualTo("No page mentions \u201cresponse file zebra\u201d.");
        assertThat(robot.lookup("#help-nothing-found").queryAs(Label.class).isVisible()).isTrue();
    }

    @Test
    void every_menu_the_guide_names_is_a_real_menu_item(FxRobot robot) throws Exception {
        robot.clickOn("Help").clickOn("#menu-user-guide");
        var named = new ArrayList<String>();
        var menuPath = Pattern.compile("\\b(File|View|Help) > ([^*]+)");
        for (Object page : onFx(() -> new ArrayList<>(contents(robot).getItems()))) {
            for (var block : ((org.practiceworkbook.ui.help.GuidePage) page).blocks()) {
                if (block instanceof org.practiceworkbook.ui.help.GuidePage.Paragraph paragraph) {
                    for (var span : paragraph.spans()) {
                        Matcher m = menuPath.matcher(span.text());
                        if (span.strong() && m.find()) {
                            named.add(m.group(1) + " > " + m.group(2).strip());
                        }
                    }
                }
            }
        }
        var real = onFx(() -> {
            var paths = new ArrayList<String>();
            var bar = (MenuBar) scene.getRoot().lookup(".menu-bar");
            bar.getMenus().forEach(menu -> addPaths(menu.getText(), menu.getItems(), paths));
            return paths;
        });

        assertThat(named).hasSizeGreaterThan(15);
        // The demo's way back only appears in the demo, and restoring a backup only in a window that can reopen its
        // workbook (RestoreBackupWindowTest has that one), so this window has neither.
        var elsewhere = List.of("File > Back to my workbook", "File > Restore backup…");
        assertThat(real).containsAll(named.stream().filter(n -> !elsewhere.contains(n)).toList());
    }

    private static void addPaths(String path, List<MenuItem> items, List<String> paths) {
        for (MenuItem item : items) {
            if (item instanceof Menu submenu) {
                paths.add(path + " > " + submenu.getText());
                addPaths(path + " > " + submenu.getText(), submenu.getItems(), paths);
            } else if (item.getText() != null) {
                paths.add(path + " > " + item.getText());
            }
        }
    }

    @Test
    void keyboard_shortcuts_list_every_menu_shortcut_and_each_screens_own_keys(FxRobot robot) throws Exception {
        robot.clickOn("Help").clickOn("#menu-keyboard-shortcuts");

        assertThat(robot.lookup("#help-page-title").queryAs(Label.class).getText()).isEqualTo("Keyboard shortcuts");
        var rows = onFx(() -> robot.lookup("#help-page .help-key-row").queryAll().stream()
                .map(Node::getAccessibleText).toList());
        var expectedFromMenus = onFx(() -> {
            var shortcuts = new ArrayList<String>();
            var bar = (MenuBar) scene.getRoot().lookup(".menu-bar");
            for (Menu menu : bar.getMenus()) {
                for (MenuItem item : menu.getItems()) {
                    if (item.getAccelerator() != null) {
                        shortcuts.add(item.getAccelerator().getDisplayText() + ": " + menu.getText() + " > "
                                + item.getText().replace("…", ""));
                    }
                }
            }
            return shortcuts;
        });
        assertThat(expectedFromMenus).contains("Ctrl+Q: File > Quit", "F5: View > Presentation mode",
                "F1: Help > User guide", "Ctrl+P: File > Print action plan", "Ctrl+I: File > Import responses",
                "Ctrl+E: File > Export my responses", "Ctrl+N: File > Add practice");
        assertThat(rows).containsAll(expectedFromMenus);
        assertThat(rows).contains("Ctrl+Z: take back the last consensus change", "Esc: leave presentation mode",
                "Ctrl+F: write a note on this item", "Delete or Backspace: clear the score");
        ScreenSnapshots.save(robot.lookup("#user-guide").query(), "keyboard-shortcuts-text-normal");
    }

    @Test
    void about_shows_the_version_licences_and_where_the_workbook_is_and_copies_them_for_support(FxRobot robot)
            throws Exception {
        robot.interact(() -> window.setTextSize(TextSize.EXTRA_LARGE));
        Platform.runLater(() -> ((javafx.scene.control.MenuBar) scene.getRoot().lookup(".menu-bar")).getMenus()
                .getLast().getItems().stream().filter(i -> "menu-about".equals(i.getId())).findFirst().orElseThrow()
                .fire());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(BuildInfo.version()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
        assertThat(robot.lookup("#about-version").queryAs(Label.class).getText())
                .isEqualTo("Practice Workbook " + BuildInfo.version());
        assertThat(robot.lookup("#about-workbook").queryAs(TextField.class).getText())
                .isEqualTo(workbook.file().toString());
        assertThat(robot.lookup("#about-data-folder").queryAs(TextField.class).getText())
                .isEqualTo(WorkbookLocation.defaultDataFolder().toString());
        assertThat(robot.lookup("#about-log-folder").queryAs(TextField.class).getText())
                .isEqualTo(WorkbookLocation.defaultDataFolder().resolve("logs").toString());
        assertThat(robot.lookup("#about-licences").queryAs(Label.class).getText()).contains("CC BY 4.0",
                "SIL Open Font License");
        ScreenSnapshots.save(robot.lookup("#about-dialog").query(), "about-text-extra-large");

        robot.clickOn("#about-copy");
        String copied = onFx(() -> Clipboard.getSystemClipboard().getString());
        assertThat(copied).contains("Practice Workbook " + BuildInfo.version(),
                "Workbook file: " + workbook.file(), "Data folder: " + WorkbookLocation.defaultDataFolder(),
                "Log folder: " + WorkbookLocation.defaultDataFolder().resolve("logs"));
        assertThat(robot.lookup("#about-copied").queryAs(Label.class).getText()).startsWith("✓ Copied");
        robot.clickOn("#about-close");
        assertThat(robot.lookup("#about-dialog").tryQuery()).isEmpty();
    }
}
