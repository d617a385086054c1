package org.practiceworkbook.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.practiceworkbook.assessment.Practice;
import org.practiceworkbook.pack.PackReader;
import org.practiceworkbook.store.Workbook;
import org.practiceworkbook.ui.common.BackgroundTasks;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A trainer opening the demo in one click, taking it back out as a file, and gathering it into their own workbook. */
@ExtendWith(ApplicationExtension.class)
class DemoAndWorkbookFilesTest {

    @TempDir
    static Path folder;

    private WorkbookSession session;
    private Stage stage;
    private Scene scene;
    private Path own;
    private final ResponseExchangeWindowTest.AnsweringPicker picker = new ResponseExchangeWindowTest.AnsweringPicker();
    private final List<Exception> failures = new ArrayList<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        own = folder.resolve("own-" + System.nanoTime());
        scene = new Scene(new StackPane(), 1000, 800);
        Theme.apply(scene);
        stage.setScene(scene);
        session = new WorkbookSession(own, folder.resolve("demo-" + System.nanoTime()), BackgroundTasks.immediate(),
                Clock.systemUTC(), (root, title) -> {
                    scene.setRoot(root);
                    stage.setTitle(title);
                }, failures::add, stage::close, picker);
        session.openOwn();
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        // As the program does when it ends: on the FX thread, leaving whatever is open first.
        org.testfx.util.WaitForAsyncUtils.asyncFx(() -> session.close(() -> { })).get();
    }

    private List<String> practicesShown(FxRobot robot) {
        return robot.lookup("#practice-list").queryListView().getItems().stream()
                .map(p -> ((Practice) p).name()).toList();
    }

    private List<String> ownPractices() {
        try (Workbook workbook = Workbook.open(own, new PackReader())) {
            return workbook.practices().list().stream().map(Practice::name).toList();
        }
    }

    @Test
    void the_demo_opens_in_one_click_in_its_own_file_and_the_way_back_leaves_the_own_workbook_untouched(FxRobot robot) {
        robot.clickOn("Help").clickOn("#menu-open-demo");

        assertThat(failures).isEmpty();
        assertThat(stage.getTitle()).isEqualTo("Practice Workbook · Demo: Riverside Surgery (fictional)");
        assertThat(practicesShown(robot)).containsExactly("Riverside Surgery");
        assertThat(robot.lookup("#demo-banner").queryAs(Label.class).getText()).startsWith("This is the demo workbook");
        ScreenSnapshots.save(scene.getRoot(), "demo-main-window");

        robot.clickOn("File").clickOn("#menu-open-own");
        assertThat(stage.getTitle()).isEqualTo(own.getFileName() + ".mv.db — Practice Workbook (" + own + ".mv.db)");
        assertThat(practicesShown(robot)).isEmpty();
        assertThat(robot.lookup("#demo-banner").tryQuery()).isEmpty();
        robot.interact(() -> session.close(() -> { }));
        assertThat(ownPractices()).isEmpty();
        robot.interact(session::openOwn);
    }

    @Test
    void the_demo_is_exported_as_a_file_and_imported_into_the_own_workbook_after_a_preview(FxRobot robot) {
        robot.clickOn("Help").clickOn("#menu-open-demo");
        Path file = folder.resolve("riverside-" + System.nanoTime() + ".pwb");
        picker.saves.push(file);
        robot.clickOn("File").clickOn("#menu-export-workbook");
        assertThat(file).exists();
        assertThat(robot.lookup("#status-line").queryAs(Label.class).getText())
                .startsWith("✓ Exported 1 practice, 2 rounds and 720 answers to ");

        robot.clickOn("File").clickOn("#menu-open-own");
        picker.opens.push(List.of(file));
        robot.clickOn("File").clickOn("#menu-import-workbook");
        assertThat(robot.lookup("#import-workbook-preview .label").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("• Riverside Surgery (2 rounds): will be added");
        ScreenSnapshots.save(robot.lookup("#import-workbook-dialog").query(), "import-workbook-preview");
        robot.clickOn("#import-workbook-dialog-accept");

        assertThat(practicesShown(robot)).containsExactly("Riverside Surgery");
        // A second import finds it already there and, without replacing, leaves it as it is.
        picker.opens.push(List.of(file));
        robot.clickOn("File").clickOn("#menu-import-workbook");
        assertThat(robot.lookup("#import-workbook-preview .label").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("• Riverside Surgery (2 rounds): already in this workbook, so it will be left as it is");
        robot.clickOn("#import-workbook-replace");
        assertThat(robot.lookup("#import-workbook-preview .label").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("• Riverside Surgery (2 rounds): will replace the one in this workbook");
        robot.clickOn("#import-workbook-dialog-cancel");
        assertThat(practicesShown(robot)).containsExactly("Riverside Surgery");

        // Replacing the practice a consensus session is open on: the session closes first, nothing is left saving
        // to a practice that has gone.
        // The button may sit below the fold; fired from the FX queue, as its dialog waits for an answer there.
        javafx.application.Platform.runLater(() -> ((javafx.scene.control.Button) robot.lookup("#open-consensus")
                .query()).fire());
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#consensus-dialog-accept");
        assertThat(robot.lookup("#consensus-view").tryQuery()).isPresent();
        picker.opens.push(List.of(file));
        robot.clickOn("File").clickOn("#menu-import-workbook");
        robot.clickOn("#import-workbook-replace");
        robot.clickOn("#import-workbook-dialog-accept");
        assertThat(robot.lookup("#consensus-view").tryQuery()).isEmpty();
        assertThat(robot.lookup("#status-line").queryAs(Label.class).getText()).contains("1 replaced");
    }

    @Test
    void switching_workbooks_closes_the_projector_so_nothing_saves_to_the_closed_one(FxRobot robot) {
        robot.clickOn("Help").clickOn("#menu-open-demo");
        javafx.application.Platform.runLater(() -> ((javafx.scene.control.Button) robot.lookup("#open-consensus")
                .query()).fire());
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#consensus-dialog-accept");
        robot.type(javafx.scene.input.KeyCode.F5);
        Stage projector = session.window().presentation();
        assertThat(projector.isShowing()).isTrue();

        robot.interact(session::openOwn);

        assertThat(projector.isShowing()).isFalse();
        assertThat(failures).isEmpty();
        assertThat(stage.getTitle()).isEqualTo(own.getFileName() + ".mv.db — Practice Workbook (" + own + ".mv.db)");
    }
}
