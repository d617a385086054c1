package org.practiceworkbook.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.practiceworkbook.demo.DemoWorkbook;
import org.practiceworkbook.pack.PackReader;
import org.practiceworkbook.store.Workbook;
import org.practiceworkbook.ui.common.BackgroundTasks;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A facilitator printing blank score sheets for an away-day, then typing a sheet into the paper grid. */
@ExtendWith(ApplicationExtension.class)
class ScoreSheetsWindowTest {

    @TempDir
    static Path folder;

    private Workbook workbook;
    private MainWindow window;
    private final ResponseExchangeWindowTest.AnsweringPicker picker = new ResponseExchangeWindowTest.AnsweringPicker();

    @Start
    void start(Stage stage) {
        workbook = Workbook.open(folder.resolve("w-" + System.nanoTime()), new PackReader());
        DemoWorkbook.fill(workbook);
        window = new MainWindow(workbook, BackgroundTasks.immediate(), Clock.systemUTC(), stage::close, picker);
        var scene = new Scene(window.root(), 1000, 860);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        workbook.close();
    }

    @SuppressWarnings("unchecked")
    private static void choose(FxRobot robot, String comboId, String packId) {
        ComboBox<Object> combo = robot.lookup(comboId).queryAs(ComboBox.class);
        robot.interact(() -> combo.getItems().stream().filter(c -> c.toString().startsWith(packId)
                || String.valueOf(c).toLowerCase(java.util.Locale.ROOT).startsWith(packId)).findFirst()
                .ifPresent(combo::setValue));
    }

    @Test
    void the_sheets_for_the_selected_practice_are_numbered_as_its_paper_grid(FxRobot robot) throws Exception {
        Path file = folder.resolve("governance-" + System.nanoTime() + ".pdf");
        picker.saves.push(file);

        robot.clickOn("File").clickOn("#menu-score-sheets");
        ComboBox<?> questionnaire = robot.lookup("#score-sheets-questionnaire").queryAs(ComboBox.class);
        assertThat(questionnaire.getItems()).extracting(Object::toString).containsExactlyInAnyOrder(
                "Management capacity", "Management and improvement skills", "Governance and organisational model");
        choose(robot, "#score-sheets-questionnaire", "governance");
        ScreenSnapshots.save(robot.lookup("#score-sheets-dialog").query(), "score-sheets-dialog");
        robot.clickOn("#score-sheets-dialog-accept");

        assertThat(picker.suggested).containsExactly("riverside-surgery-governance-score-sheets.pdf");
        WaitForAsyncUtils.waitForFxEvents();
        String status = robot.lookup("#status-line").queryAs(Label.class).getText();
        assertThat(status).startsWith("✓ Saved score sheets for Governance and organisational model (")
                .endsWith(" items) to " + file.toAbsolutePath() + "; open it to print");
        String text;
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Riverside Surgery").contains("Page 1 of " + pdf.getNumberOfPages());
        }

        // The paper grid for the same questionnaire lists the same items under the same numbers.
        Platform.runLater(() -> ((Button) robot.lookup("#type-paper-scores").query()).fire());
        WaitForAsyncUtils.waitForFxEvents();
        choose(robot, "#paper-questionnaire-choice", "Governance");
        robot.clickOn("#paper-dialog-accept");
        List<String> rows = robot.lookup(".paper-statement").queryAllAs(Label.class).stream()
                .map(l -> l.getText().replaceAll("\\s+", " ")).toList();
        assertThat(rows).hasSizeGreaterThan(10);
        assertThat(rows.getFirst()).startsWith("1. ");
        rows.forEach(row -> assertThat(text).contains(row));
        assertThat(text).contains(" " + rows.size() + ". ").doesNotContain(" " + (rows.size() + 1) + ". ");
        assertThat(status).contains("(" + rows.size() + " items)");
    }

    @Test
    void the_dialog_reads_at_extra_large_text_and_cancelling_writes_nothing(FxRobot robot) {
        robot.interact(() -> window.setTextSize(TextSize.EXTRA_LARGE));
        robot.clickOn("File").clickOn("#menu-score-sheets");
        ScreenSnapshots.save(robot.lookup("#score-sheets-dialog").query(), "score-sheets-dialog-extra-large");
        var unnamed = new java.util.ArrayList<String>();
        robot.interact(() -> unnamed.addAll(AccessibilityAudit.unnamedControls(
                robot.lookup("#score-sheets-dialog").queryAs(javafx.scene.Parent.class))));
        assertThat(unnamed).isEmpty();
        var before = folder.toFile().list();
        robot.clickOn("#score-sheets-dialog-accept");   // the file dialog is cancelled
        assertThat(picker.suggested).containsExactly("riverside-surgery-capacity-score-sheets.pdf");
        assertThat(folder.toFile().list()).containsExactlyInAnyOrder(before);
    }
}
