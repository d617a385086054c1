package org.practiceworkbook.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.practiceworkbook.assessment.OrganisationalModel;
import org.practiceworkbook.assessment.Practice;
import org.practiceworkbook.demo.DemoWorkbook;
import org.practiceworkbook.exchange.ResponseExport;
import org.practiceworkbook.exchange.ResponseFiles;
import org.practiceworkbook.exchange.WorkbookExport;
import org.practiceworkbook.exchange.WorkbookFiles;
import org.practiceworkbook.pack.PackReader;
import org.practiceworkbook.store.Workbook;
import org.practiceworkbook.ui.common.BackgroundTasks;
import org.practiceworkbook.ui.settings.RememberedSettings;
import org.practiceworkbook.ui.settings.SettingsFile;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A practice manager with more than one workbook: making one, opening another, going back to a recent one, always
 * seeing which is open in the title bar; and files opened from the file manager landing where they belong.
 */
@ExtendWith(ApplicationExtension.class)
class WorkbookMenuTest {

    @TempDir
    static Path folder;

    private WorkbookSession session;
    private Stage stage;
    private Path own;
    private Path data;
    private final ResponseExchangeWindowTest.AnsweringPicker picker = new ResponseExchangeWindowTest.AnsweringPicker();
    private final List<Exception> failures = new ArrayList<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        long n = System.nanoTime();
        own = folder.resolve("Riverside-" + n + ".mv.db");
        data = folder.resolve("data-" + n);
        var scene = new Scene(new StackPane(), 1000, 760);
        Theme.apply(scene);
        stage.setScene(scene);
        session = new WorkbookSession(own, folder.resolve("demo-" + n), BackgroundTasks.immediate(),
                Clock.systemUTC(), (root, title) -> {
                    scene.setRoot(root);
                    stage.setTitle(title);
                }, failures::add, stage::close, picker, new RememberedSettings(new SettingsFile(data), Runnable::run));
        session.openOwn();
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> session.close(() -> { })).get();
    }

    private static String title(Path file) {
        return file.getFileName() + " — Practice Workbook (" + file + ")";
    }

    private List<String> practicesShown(FxRobot robot) {
        return robot.lookup("#practice-list").queryListView().getItems().stream()
                .map(p -> ((Practice) p).name()).toList();
    }

    private String status(FxRobot robot) {
        return robot.lookup("#status-line").queryAs(Label.class).getText();
    }

    private List<Path> recentRemembered() {
        return new SettingsFile(data).load().recent();
    }

    /** The Open recent submenu as it stands: its items' text, and whether each can be chosen. */
    private List<String> recentItems(FxRobot robot) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            var bar = (MenuBar) robot.lookup(".menu-bar").query();
            Menu recent = (Menu) bar.getMenus().getFirst().getItems().stream()
                    .filter(i -> "menu-open-recent".equals(i.getId())).findFirst().orElseThrow();
            recent.getOnShowing().handle(null);
            return recent.getItems().stream().filter(i -> i.getText() != null)
                    .map(i -> (i.isDisable() ? "[grey] " : "") + i.getText()).toList();
        }).get();
    }

    private void chooseRecent(FxRobot robot, String id) {
        javafx.application.Platform.runLater(() -> {
            var bar = (MenuBar) robot.lookup(".menu-bar").query();
            Menu recent = (Menu) bar.getMenus().getFirst().getItems().stream()
                    .filter(i -> "menu-open-recent".equals(i.getId())).findFirst().orElseThrow();
            recent.getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow().fire();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The workbooks Open recent offers, as "id file name", read as the menu shows them when opened. */
    private List<String> recentOffered(FxRobot robot) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            var bar = (MenuBar) robot.lookup(".menu-bar").query();
            Menu recent = (Menu) bar.getMenus().getFirst().getItems().stream()
                    .filter(i -> "menu-open-recent".equals(i.getId())).findFirst().orElseThrow();
            recent.getOnShowing().handle(null);
            return recent.getItems().stream().filter(i -> i.getId() != null && i.getId().matches("menu-recent-\\d+"))
                    .map(i -> i.getId() + " " + i.getText().substring(0, i.getText().indexOf("  ("))).toList();
        }).get();
    }

    private static Path workbookWith(Path file, String practice) {
        try (Workbook workbook = Workbook.open(file, new PackReader())) {
            workbook.practices().add(practice, null, OrganisationalModel.PARTNERSHIP, null, null);
        }
        return file;
    }

    @Test
    void the_title_bar_names_the_workbook_and_where_it_is() {
        assertThat(stage.getTitle()).isEqualTo(title(own));
        assertThat(stage.getTitle()).startsWith("Riverside-").contains(".mv.db — Practice Workbook (/");
        assertThat(recentRemembered()).containsExactly(own);
    }

    @Test
    void a_new_workbook_is_made_where_chosen_and_opened_and_never_replaces_one(FxRobot robot) throws Exception {
        robot.interact(() -> session.window().practices().add("Riverside Surgery", null,
                OrganisationalModel.PARTNERSHIP));
        Path hillside = folder.resolve("Hillside " + System.nanoTime());   // the system dialog may leave off the ending
        picker.saves.push(hillside);

        robot.clickOn("File").clickOn("#menu-new-workbook");

        Path made = Path.of(hillside + ".mv.db");
        assertThat(made).isRegularFile();
        assertThat(stage.getTitle()).isEqualTo(title(made));
        assertThat(practicesShown(robot)).isEmpty();
        assertThat(recentRemembered()).containsExactly(made, own);

        // Asked again for the same place, it refuses and stays where it is.
        picker.saves.push(made);
        robot.clickOn("File").clickOn("#menu-new-workbook");
        assertThat(status(robot)).isEqualTo("⚠ " + made + " already exists, and a new workbook never replaces one; "
                + "to work in it, use File > Open workbook…");
        assertThat(stage.getTitle()).isEqualTo(title(made));

        // A submenu's items cannot be clicked on the headless platform (TestFX finds them detached): chosen as the
        // keyboard would, by firing the item.
        // Open recent offers the workbook left, never the one open now.
        assertThat(recentOffered(robot)).containsExactly("menu-recent-1 " + own.getFileName());
        chooseRecent(robot, "menu-recent-1");
        assertThat(stage.getTitle()).isEqualTo(title(own));
        assertThat(practicesShown(robot)).containsExactly("Riverside Surgery");
        assertThat(failures).isEmpty();
    }

    @Test
    void another_workbook_opens_after_leaving_what_is_open_and_a_wrong_file_changes_nothing(FxRobot robot)
            throws Exception {
        Path hillside = workbookWith(folder.resolve("Hillside-" + System.nanoTime() + ".mv.db"), "Hillside Medical Centre");
        picker.opens.push(List.of(hillside));

        robot.clickOn("File").clickOn("#menu-open-workbook");

        assertThat(stage.getTitle()).isEqualTo(title(hillside));
        assertThat(practicesShown(robot)).containsExactly("Hillside Medical Centre");

        // A workbook file from another laptop is for importing, and says so.
        picker.opens.push(List.of(folder.resolve("riverside.pwb")));
        robot.clickOn("File").clickOn("#menu-open-workbook");
        assertThat(status(robot)).isEqualTo("⚠ The file riverside.pwb is a workbook file sent from another laptop, "
                + "not a workbook to work in: bring its practices into this one with File > Import workbook…");

        // A file that is not a workbook at all: the window stays on the one it was on, and says why.
        Path garbage = Files.writeString(folder.resolve("notes-" + System.nanoTime() + ".mv.db"), "not a database");
        picker.opens.push(List.of(garbage));
        robot.clickOn("File").clickOn("#menu-open-workbook");
        assertThat(stage.getTitle()).isEqualTo(title(hillside));
        assertThat(practicesShown(robot)).containsExactly("Hillside Medical Centre");
        assertThat(status(robot)).startsWith("⚠ ");
        assertThat(failures).isEmpty();
        assertThat(recentRemembered()).containsExactly(hillside, own);
    }

    @Test
    void recent_workbooks_that_have_gone_are_greyed_with_the_reason_and_taken_off_when_tried(FxRobot robot)
            throws Exception {
        Path gone = workbookWith(folder.resolve("Gone-" + System.nanoTime() + ".mv.db"), "Old Practice");
        robot.interact(() -> session.open(gone));
        robot.interact(() -> session.open(own));
        Files.delete(gone);

        // The workbook open now (own) is not offered.
        assertThat(recentItems(robot)).containsExactly(
                "[grey] " + gone.getFileName() + "  (not found: moved, renamed or on a drive not plugged in)",
                "Clear the list");

        // Gone between the menu being drawn and being chosen: never made afresh as an empty workbook.
        robot.interact(() -> session.open(gone));
        assertThat(gone).doesNotExist();
        assertThat(stage.getTitle()).isEqualTo(title(own));
        assertThat(status(robot)).isEqualTo("⚠ There is no workbook at " + gone + " (moved, renamed or on a drive "
                + "not plugged in?); it has been taken off the recent list");
        assertThat(recentRemembered()).containsExactly(own);
    }

    @Test
    void a_workbook_file_given_at_start_opens_its_import_preview(FxRobot robot) throws Exception {
        Path pwb = folder.resolve("riverside-" + System.nanoTime() + ".pwb");
        try (Workbook demo = Workbook.open(folder.resolve("source-" + System.nanoTime()), new PackReader())) {
            DemoWorkbook.fill(demo);
            var files = new WorkbookFiles(new PackReader());
            Files.write(pwb, files.write(new WorkbookExport(demo, Clock.systemUTC(), files).export()));
        }

        robot.interact(() -> session.whenOpen(window -> OpenedFiles.offer(window, pwb)));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#import-workbook-preview .label").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("• Riverside Surgery (2 rounds): will be added");
        robot.clickOn("#import-workbook-dialog-accept");
        assertThat(practicesShown(robot)).containsExactly("Riverside Surgery");
    }

    @Test
    void a_response_file_given_at_start_goes_to_the_response_import(FxRobot robot) throws Exception {
        Path pwr = folder.resolve("partner-" + System.nanoTime() + ".pwr");
        try (Workbook demo = Workbook.open(folder.resolve("source-" + System.nanoTime()), new PackReader())) {
            DemoWorkbook.fill(demo);
            var practice = demo.practices().list().getFirst();
            var round = demo.rounds().list(practice.id()).getFirst();
            var person = demo.respondents().list(round.id()).getFirst();
            Files.write(pwr, new ResponseFiles().write(new ResponseExport(demo, Clock.systemUTC())
                    .export(person, "capacity")));
        }

        robot.interact(() -> session.whenOpen(window -> OpenedFiles.offer(window, pwr)));
        WaitForAsyncUtils.waitForFxEvents();

        // The workbook has no Riverside Surgery: the import asks where the answers go, as File > Import responses does.
        assertThat(robot.lookup("#place-responses-dialog").tryQuery()).isPresent();
        robot.clickOn("#place-responses-dialog-accept");
        assertThat(robot.lookup("#import-report .label").queryAllAs(Label.class)).extracting(Label::getText)
                .anySatisfy(line -> assertThat(line).startsWith("✓ " + pwr.getFileName() + ": imported ("));
    }

    @SuppressWarnings("unused")
    private static List<String> texts(List<MenuItem> items) {
        return items.stream().map(MenuItem::getText).toList();
    }
}
