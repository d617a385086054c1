package org.practiceworkbook.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;

import org.apache.pdfbox.Loader;
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

/** File > Export report as PDF…: from the selected practice to a PDF on disk, the file chosen as a person would. */
@ExtendWith(ApplicationExtension.class)
class ReportExportWindowTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2027-10-01T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    static Path folder;

    private Workbook workbook;
    private MainWindow window;
    private final ResponseExchangeWindowTest.AnsweringPicker picker = new ResponseExchangeWindowTest.AnsweringPicker();

    @Start
    void start(Stage stage) {
        workbook = Workbook.open(folder.resolve("report-" + System.nanoTime()), new PackReader());
        DemoWorkbook.fill(workbook);
        window = new MainWindow(workbook, BackgroundTasks.immediate(), CLOCK, stage::close, picker);
        var scene = new Scene(window.root(), 1000, 800);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        workbook.close();
    }

    private MenuItem menuItem(FxRobot robot) {
        var bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        return bar.getMenus().getFirst().getItems().stream().filter(i -> "menu-export-report".equals(i.getId()))
                .findFirst().orElseThrow();
    }

    @Test
    void the_selected_practices_newest_round_is_saved_as_a_pdf_and_the_saved_file_is_offered(FxRobot robot)
            throws Exception {
        MenuItem export = menuItem(robot);
        assertThat(export.getText()).isEqualTo("Export report as PDF…");
        robot.interact(() -> window.practices().selectedProperty().set(null));
        assertThat(export.isDisable()).as("no practice selected").isTrue();
        robot.interact(() -> robot.lookup("#practice-list").queryAs(ListView.class).getSelectionModel().select(0));
        assertThat(export.isDisable()).isFalse();
        Path pdf = folder.resolve("riverside.pdf");
        picker.saves.add(pdf);

        Platform.runLater(export::fire);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(picker.suggested).containsExactly("riverside-surgery-6-month-review-september-2027-report.pdf");
        assertThat(pdf).exists();
        try (var document = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Riverside Surgery",
                    "6-month review September 2027", "Prepared on 1 October 2027");
        }
        assertThat(robot.lookup("#status-line").queryAs(Label.class).getText())
                .isEqualTo("✓ Saved the report of 6-month review September 2027 to " + pdf);
        var offer = robot.lookup("#report-saved-dialog").tryQuery();
        assertThat(offer).as("the saved report is offered").isPresent();
        assertThat(robot.lookup("#report-saved-close").tryQuery()).isPresent();
        // The headless platform has no desktop to open files with, so neither is offered there.
        assertThat(robot.lookup("#report-saved-open").tryQuery()).isEmpty();
        assertThat(robot.lookup("#report-saved-show-in-folder").tryQuery()).isEmpty();
        robot.interact(() -> ((javafx.scene.control.Button) robot.lookup("#report-saved-close").query()).fire());
        assertThat(robot.lookup("#report-saved-dialog").tryQuery()).isEmpty();
    }

    @Test
    void cancelling_the_save_dialog_writes_nothing(FxRobot robot) {
        robot.interact(() -> robot.lookup("#practice-list").queryAs(ListView.class).getSelectionModel().select(0));

        Platform.runLater(menuItem(robot)::fire);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(picker.suggested).hasSize(1);
        assertThat(robot.lookup("#status-line").queryAs(Label.class).getText()).doesNotContain("Saved the report");
        assertThat(robot.lookup("#report-saved-dialog").tryQuery()).isEmpty();
    }
}
