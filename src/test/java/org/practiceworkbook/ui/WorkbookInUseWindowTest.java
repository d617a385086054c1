package org.practiceworkbook.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.practiceworkbook.pack.PackReader;
import org.practiceworkbook.store.AnswerSaver;
import org.practiceworkbook.store.ChildProcess;
import org.practiceworkbook.store.Workbook;
import org.practiceworkbook.store.WorkbookLocation;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window started on a workbook another copy of the program (another process) has open says so plainly, and what
 * to do, instead of opening it; the other copy saves on undisturbed.
 */
@ExtendWith(ApplicationExtension.class)
class WorkbookInUseWindowTest {

    @TempDir
    Path folder;

    private final AtomicInteger mainWindowsShown = new AtomicInteger();
    private ExecutorService storeThread;
    private PracticeWorkbookApp app;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        storeThread = Executors.newSingleThreadExecutor();
        app = new PracticeWorkbookApp(storeThread);
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            app.stop();
            stage.hide();
            return null;
        }).get();
    }

    @Test
    void a_workbook_open_in_another_copy_is_explained_and_that_copy_keeps_every_answer(FxRobot robot) throws Exception {
        Path file = folder.resolve("in-use");
        long respondent = AnswerSaver.prepare(file);
        int acknowledged = 0;
        try (var other = ChildProcess.start(folder, AnswerSaver.class, file.toString(), String.valueOf(respondent), "1")) {
            assertThat(other.readUntil(line -> line.equals("saved 10"))).as("the other copy is saving").isNotNull();

            robot.interact(() -> app.open(stage, file, failure -> PracticeWorkbookApp.showOpenFailure(stage, failure),
                    mainWindowsShown::incrementAndGet));
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
            WaitForAsyncUtils.waitForFxEvents();
            DialogPane alert = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
            assertThat(alert.getHeaderText())
                    .isEqualTo("This workbook is already open in another copy of Practice Workbook");
            assertThat(alert.getContentText()).isEqualTo("The workbook " + WorkbookLocation.file(file) + " is open in "
                    + "another copy of Practice Workbook (perhaps in another window, or on another computer sharing the "
                    + "folder); close that copy first, then open it again here");
            assertThat(mainWindowsShown).hasValue(0);
            ScreenSnapshots.save(alert, "workbook-in-use");
            Platform.runLater(((Button) alert.lookupButton(ButtonType.OK))::fire);
            WaitForAsyncUtils.waitForFxEvents();

            other.tell("stop");
            String line;
            while ((line = other.readUntil(l -> l.startsWith("saved ") || l.equals("closed"))) != null
                    && !line.equals("closed")) {
                acknowledged = Integer.parseInt(line.substring("saved ".length()));
            }
            assertThat(line).as("the other copy closed cleanly").isEqualTo("closed");
        }
        try (Workbook workbook = Workbook.open(file, new PackReader())) {
            var held = workbook.answers().forRespondent(respondent, AnswerSaver.PACK);
            assertThat(acknowledged).isGreaterThanOrEqualTo(10);
            for (int i = 1; i <= acknowledged; i++) {
                assertThat(held).as("answer " + i).containsKey("item-" + i);
            }
        }
    }
}
