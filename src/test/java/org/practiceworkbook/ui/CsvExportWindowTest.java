package org.practiceworkbook.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.practiceworkbook.demo.DemoWorkbook;
import org.practiceworkbook.pack.PackReader;
import org.practiceworkbook.spreadsheet.CsvFiles;
import org.practiceworkbook.store.Workbook;
import org.practiceworkbook.ui.common.BackgroundTasks;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A practice manager taking the plan and the answers into Excel from the File menu. */
@ExtendWith(ApplicationExtension.class)
class CsvExportWindowTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2027-10-01T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    static Path folder;

    private Workbook workbook;
    private MainWindow window;
    private final ResponseExchangeWindowTest.AnsweringPicker picker = new ResponseExchangeWindowTest.AnsweringPicker();

    @Start
    void start(Stage stage) {
        workbook = Workbook.open(folder.resolve("w-" + System.nanoTime()), new PackReader());
        DemoWorkbook.fill(workbook);
        window = new MainWindow(workbook, BackgroundTasks.immediate(), CLOCK, stage::close, picker);
        var scene = new Scene(window.root(), 960, 800);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        workbook.close();
    }

    private MenuItem menuItem(FxRobot robot, String id) {
        return robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    private String status(FxRobot robot) {
        return robot.lookup("#status-line").queryAs(Label.class).getText();
    }

    @Test
    void the_plan_and_the_answers_are_exported_for_the_selected_practice(FxRobot robot) throws Exception {
        // As in a workbook with no practices yet (the window otherwise keeps one chosen).
        var riverside = window.practices().selectedProperty().get();
        robot.interact(() -> window.practices().selectedProperty().set(null));
        assertThat(menuItem(robot, "menu-export-actions-csv").isDisable()).as("no practice chosen").isTrue();
        assertThat(menuItem(robot, "menu-export-answers-csv").isDisable()).isTrue();
        robot.interact(() -> window.practices().selectedProperty().set(riverside));
        assertThat(menuItem(robot, "menu-export-actions-csv").isDisable()).isFalse();

        Path plan = folder.resolve("plan-" + System.nanoTime() + ".csv");
        picker.saves.push(plan);
        robot.clickOn("File").clickOn("#menu-export-actions-csv");

        assertThat(picker.suggested).containsExactly("riverside-surgery-action-plan-2027-10-01.csv");
        assertThat(status(robot)).isEqualTo("✓ Exported 12 actions of Riverside Surgery to " + plan.toAbsolutePath());
        assertThat(CsvFiles.parse(plan)).hasSize(12);

        // The answers ask first whether names go in; left unticked, people are numbered.
        Path answers = folder.resolve("answers-" + System.nanoTime() + ".csv");
        picker.saves.push(answers);
        robot.interact(() -> window.setTextSize(TextSize.EXTRA_LARGE));
        robot.clickOn("File").clickOn("#menu-export-answers-csv");
        ScreenSnapshots.save(robot.lookup("#csv-answers-dialog").query(), "csv-answers-extra-large");
        var unnamed = new java.util.ArrayList<String>();
        robot.interact(() -> unnamed.addAll(AccessibilityAudit.unnamedControls(
                robot.lookup("#csv-answers-dialog").queryAs(javafx.scene.Parent.class))));
        assertThat(unnamed).isEmpty();
        assertThat(robot.lookup("#csv-answers-names").queryAs(javafx.scene.control.CheckBox.class).isSelected())
                .isFalse();
        robot.clickOn("#csv-answers-dialog-accept");

        assertThat(picker.suggested).last().isEqualTo("riverside-surgery-answers-2027-10-01.csv");
        var rows = CsvFiles.parse(answers);
        assertThat(status(robot)).isEqualTo("✓ Exported " + rows.size() + " answers of Riverside Surgery to "
                + answers.toAbsolutePath());
        assertThat(rows).extracting(r -> r.get("respondent")).contains("Person 1").doesNotContain("Dr Helen Price");

        // Ticked, the names go in.
        picker.saves.push(answers);
        robot.clickOn("File").clickOn("#menu-export-answers-csv");
        robot.clickOn("#csv-answers-names").clickOn("#csv-answers-dialog-accept");
        assertThat(CsvFiles.parse(answers)).extracting(r -> r.get("respondent")).contains("Dr Helen Price");
    }

    @Test
    void a_cancelled_dialog_writes_nothing_and_a_place_that_cannot_be_written_is_explained(FxRobot robot) {
        // The folder is shared by both tests: what matters is that cancelling adds nothing to it.
        robot.clickOn("Riverside Surgery");
        String before = status(robot);
        var filesBefore = folder.toFile().list();
        robot.clickOn("File").clickOn("#menu-export-actions-csv");   // the picker is cancelled: no file given
        assertThat(status(robot)).isEqualTo(before);
        assertThat(folder.toFile().list()).containsExactlyInAnyOrder(filesBefore);

        robot.clickOn("File").clickOn("#menu-export-answers-csv");
        ScreenSnapshots.save(robot.lookup("#csv-answers-dialog").query(), "csv-answers");
        robot.clickOn("#csv-answers-dialog-cancel");
        assertThat(picker.suggested).hasSize(1);

        Path nowhere = folder.resolve("no-such-folder").resolve("plan.csv");
        picker.saves.push(nowhere);
        robot.clickOn("File").clickOn("#menu-export-actions-csv");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(status(robot)).startsWith("⚠").contains("Cannot write " + nowhere.toAbsolutePath())
                .contains("does not exist; nothing was written");
        assertThat(Files.exists(nowhere.getParent())).isFalse();
    }
}
