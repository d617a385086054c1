package org.practiceworkbook.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.MenuBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.practiceworkbook.settings.StartingWorkbook;
import org.practiceworkbook.store.WorkbookLocation;
import org.practiceworkbook.ui.common.BackgroundTasks;
import org.practiceworkbook.ui.settings.RememberedSettings;
import org.practiceworkbook.ui.settings.Settings;
import org.practiceworkbook.ui.settings.SettingsFile;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A person choosing a larger text and a darker theme once, and finding them again the next time the program opens. */
@ExtendWith(ApplicationExtension.class)
class SettingsWindowTest {

    @TempDir
    static Path folder;

    private WorkbookSession session;
    private Scene scene;
    private Path data;
    private Path own;
    private RememberedSettings settings;
    private final ResponseExchangeWindowTest.AnsweringPicker picker = new ResponseExchangeWindowTest.AnsweringPicker();

    @Start
    void start(Stage stage) {
        long n = System.nanoTime();
        data = folder.resolve("data-" + n);
        own = folder.resolve("own-" + n + ".mv.db");
        settings = new RememberedSettings(new SettingsFile(data), Runnable::run);
        scene = new Scene(new StackPane(), 1000, 800);
        settings.current().theme().applyTo(scene);
        stage.setScene(scene);
        session = new WorkbookSession(own, folder.resolve("demo-" + n), BackgroundTasks.immediate(), Clock.systemUTC(),
                (root, title) -> scene.setRoot(root), e -> { throw new AssertionError(e); }, stage::close, picker,
                settings);
        session.openOwn();
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> session.close(() -> { })).get();
    }

    private TextSize textSizeTicked(FxRobot robot) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            var bar = (MenuBar) robot.lookup(".menu-bar").query();
            var sizes = (javafx.scene.control.Menu) bar.getMenus().get(1).getItems().getFirst();
            for (int i = 0; i < sizes.getItems().size(); i++) {
                if (((RadioMenuItem) sizes.getItems().get(i)).isSelected()) {
                    return TextSize.values()[i];
                }
            }
            return null;
        }).get();
    }

    @Test
    void text_size_and_theme_chosen_in_settings_apply_at_once_and_come_back_next_time(FxRobot robot) throws Exception {
        robot.clickOn("File").clickOn("#menu-settings");
        robot.clickOn("#settings-text-size").clickOn("Extra large");
        robot.clickOn("#settings-theme").clickOn("High contrast (black, white and yellow)");
        robot.clickOn("#settings-use-current");
        ScreenSnapshots.save(robot.lookup("#settings-dialog").query(), "settings-dialog-light");
        robot.clickOn("#settings-dialog-accept");

        assertThat(Theme.of(scene)).isEqualTo(Theme.HIGH_CONTRAST);
        assertThat(scene.getRoot().getStyleClass()).contains("text-extra-large");
        assertThat(textSizeTicked(robot)).isEqualTo(TextSize.EXTRA_LARGE);

        // The next run reads them back, and opens the workbook chosen to open at start.
        Settings next = new SettingsFile(data).load();
        assertThat(next.theme()).isEqualTo(Theme.HIGH_CONTRAST);
        assertThat(next.textSize()).isEqualTo(TextSize.EXTRA_LARGE);
        assertThat(next.defaultWorkbook()).isEqualTo(own);
        assertThat(StartingWorkbook.choose(WorkbookLocation.defaultWorkbook(), false, next.defaultWorkbook()).file()).isEqualTo(own);
        // Unless the command line names one.
        Path named = folder.resolve("named.mv.db");
        assertThat(StartingWorkbook.choose(named, true, next.defaultWorkbook()).file()).isEqualTo(named);
    }

    @Test
    void view_text_size_is_remembered_too(FxRobot robot) throws Exception {
        // A submenu's items cannot be clicked on the headless platform (TestFX finds them detached): chosen as the
        // keyboard would, by firing the item.
        Platform.runLater(() -> {
            var bar = (MenuBar) robot.lookup(".menu-bar").query();
            var sizes = (javafx.scene.control.Menu) bar.getMenus().get(1).getItems().getFirst();
            sizes.getItems().stream().filter(i -> "text-size-large".equals(i.getId())).findFirst().orElseThrow().fire();
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(new SettingsFile(data).load().textSize()).isEqualTo(TextSize.LARGE);
        // A window made afresh (another workbook opened) keeps it.
        robot.interact(() -> session.open(own));
        assertThat(scene.getRoot().getStyleClass()).contains("text-large");
        assertThat(textSizeTicked(robot)).isEqualTo(TextSize.LARGE);
    }

    @Test
    void a_workbook_set_to_open_at_start_that_has_gone_is_not_made_afresh() throws Exception {
        Path gone = folder.resolve("gone-" + System.nanoTime() + ".mv.db");
        var saved = Settings.DEFAULTS.withDefaultWorkbook(gone);

        var starting = StartingWorkbook.choose(WorkbookLocation.defaultWorkbook(), false, saved.defaultWorkbook());

        assertThat(starting.file()).isEqualTo(WorkbookLocation.defaultWorkbook());
        assertThat(starting.note()).hasValueSatisfying(note -> assertThat(note.getMessage()).isEqualTo(
                "the workbook set to open at start, " + gone + ", was not found, so the standard workbook is open "
                        + "instead; File > Settings… chooses which opens at start"));
        assertThat(Files.exists(gone)).isFalse();
    }

    /** The main window, a dialog and the results, in every theme, at normal and extra-large text: to look at. */
    @Test
    void every_theme_on_the_main_window_a_dialog_and_the_results(FxRobot robot) {
        robot.interact(session::openDemo);
        robot.clickOn("Riverside Surgery");
        for (Theme theme : Theme.values()) {
            for (TextSize size : new TextSize[] {TextSize.NORMAL, TextSize.EXTRA_LARGE}) {
                robot.interact(() -> {
                    session.window().setTheme(theme);
                    session.window().setTextSize(size);
                });
                String name = theme.name().toLowerCase(java.util.Locale.ROOT) + "-" + size.styleClass();
                ScreenSnapshots.save(scene.getRoot(), "theme-main-" + name);
                // By its shortcut: at extra-large text the File menu is taller than the window.
                robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.COMMA)
                        .release(javafx.scene.input.KeyCode.CONTROL);
                DialogPane dialog = robot.lookup("#settings-dialog").query();
                assertThat(dialog.getScene().getStylesheets()).isEqualTo(scene.getStylesheets());
                ScreenSnapshots.save(dialog, "theme-dialog-" + name);
                robot.clickOn("#settings-dialog-cancel");
            }
        }
        robot.clickOn("6-month review September 2027");
        Platform.runLater(() -> ((Button) robot.lookup("#see-results").query()).fire());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#results-dialog-accept");
        for (Theme theme : Theme.values()) {
            for (TextSize size : new TextSize[] {TextSize.NORMAL, TextSize.EXTRA_LARGE}) {
                robot.interact(() -> {
                    session.window().setTheme(theme);
                    session.window().setTextSize(size);
                });
                ScreenSnapshots.save(scene.getRoot(), "theme-results-" + theme.name().toLowerCase(java.util.Locale.ROOT)
                        + "-" + size.styleClass());
            }
        }
        assertThat(new SettingsFile(data).load().theme()).isEqualTo(Theme.HIGH_CONTRAST);
    }
}
