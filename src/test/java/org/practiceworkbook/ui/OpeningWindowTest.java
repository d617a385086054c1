package org.practiceworkbook.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.practiceworkbook.ui.settings.RememberedSettings;

/**
 * The window comes up at once with a quiet "Opening your workbook…" while the workbook opens behind it, then the
 * main window takes its place; a workbook that cannot be opened is explained to the person.
 */
@ExtendWith(ApplicationExtension.class)
class OpeningWindowTest {

    @TempDir
    Path folder;

    /** Holds the store thread, as a slow disk or a long migration would, until the test lets it go. */
    private final CountDownLatch storeBusy = new CountDownLatch(1);
    private final List<Exception> failures = new ArrayList<>();
    private final AtomicInteger mainWindowsShown = new AtomicInteger();
    private ExecutorService storeThread;
    private PracticeWorkbookApp app;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        storeThread = Executors.newSingleThreadExecutor();
        storeThread.submit(() -> {
            storeBusy.await();
            return null;
        });
        app = new PracticeWorkbookApp(storeThread);
    }

    @AfterEach
    void close() throws Exception {
        storeBusy.countDown();
        // As the program does when it ends: closes the workbook on the store thread, waiting for it.
        WaitForAsyncUtils.asyncFx(() -> {
            app.stop();
            stage.hide();
            return null;
        }).get();
    }

    private void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void the_window_shows_a_quiet_opening_message_at_once_then_the_main_window_once_the_workbook_is_open(FxRobot robot)
            throws Exception {
        Path workbook = folder.resolve("practice");
        robot.interact(() -> app.open(stage, workbook, failures::add, mainWindowsShown::incrementAndGet));

        // The workbook has not been touched yet, and the person already has a window.
        assertThat(stage.isShowing()).isTrue();
        assertThat(stage.getTitle()).isEqualTo("Practice Workbook");
        assertThat(robot.lookup(".opening-message").queryText().getText()).isEqualTo("Opening your workbook…");
        assertThat(robot.lookup("#main-window").tryQuery()).isEmpty();
        assertThat(folder.resolve("practice.mv.db")).doesNotExist();
        ScreenSnapshots.save(stage.getScene().getRoot(), "opening-your-workbook");

        storeBusy.countDown();
        waitUntil(() -> robot.lookup("#main-window").tryQuery().isPresent());

        assertThat(robot.lookup(".opening-message").tryQuery()).isEmpty();
        assertThat(robot.lookup("#practice-list").tryQuery()).isPresent();
        assertThat(mainWindowsShown).hasValue(1);
        assertThat(failures).isEmpty();
        assertThat(folder.resolve("practice.mv.db")).exists();
    }

    @Test
    void the_opening_message_is_as_large_as_the_text_size_the_person_chose(FxRobot robot) throws Exception {
        var settings = RememberedSettings.inMemory();
        settings.change(s -> s.withTextSize(TextSize.EXTRA_LARGE));
        robot.interact(() -> app.open(stage, folder.resolve("practice"), settings, failures::add,
                mainWindowsShown::incrementAndGet));

        var message = robot.lookup(".opening-message").queryText();
        assertThat(message.getFont().getSize()).isEqualTo(23.0);
        ScreenSnapshots.save(stage.getScene().getRoot(), "opening-your-workbook-text-extra-large");

        storeBusy.countDown();
        waitUntil(() -> robot.lookup("#main-window").tryQuery().isPresent());
    }

    @Test
    void the_first_frame_is_drawn_in_the_colours_of_the_theme_the_person_chose(FxRobot robot) throws Exception {
        var settings = RememberedSettings.inMemory();
        settings.change(s -> s.withTheme(Theme.HIGH_CONTRAST));
        robot.interact(() -> app.open(stage, folder.resolve("practice"), settings, failures::add,
                mainWindowsShown::incrementAndGet));

        var screen = robot.lookup("#opening-screen").queryAs(Region.class);
        assertThat(screen.getBackground().getFills().getFirst().getFill()).isEqualTo(Color.BLACK);
        assertThat(robot.lookup(".opening-message").queryText().getFill()).isEqualTo(Color.WHITE);
        ScreenSnapshots.save(stage.getScene().getRoot(), "opening-your-workbook-high-contrast");

        storeBusy.countDown();
        waitUntil(() -> robot.lookup("#main-window").tryQuery().isPresent());
    }

    @Test
    void a_window_closed_before_its_first_frame_is_drawn_opens_no_workbook(FxRobot robot) throws Exception {
        robot.interact(() -> {
            app.open(stage, folder.resolve("practice"), failures::add, mainWindowsShown::incrementAndGet);
            stage.hide();
        });
        var frames = new CountDownLatch(1);
        robot.interact(() -> FirstFrame.afterNextFrame(frames::countDown));
        assertThat(frames.await(30, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitForFxEvents();

        storeBusy.countDown();
        storeThread.submit(() -> { }).get(30, TimeUnit.SECONDS);
        assertThat(folder.resolve("practice.mv.db")).doesNotExist();
        assertThat(failures).isEmpty();
    }

    @Test
    void a_workbook_that_cannot_be_opened_is_explained_over_the_opening_window(FxRobot robot) throws Exception {
        Path damaged = folder.resolve("damaged.mv.db");
        Files.write(damaged, "not a database".repeat(400).getBytes(StandardCharsets.UTF_8));
        robot.interact(() -> app.open(stage, damaged, failure -> PracticeWorkbookApp.showOpenFailure(stage, failure),
                mainWindowsShown::incrementAndGet));
        storeBusy.countDown();

        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane alert = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(alert.getHeaderText()).isEqualTo("The workbook could not be opened");
        assertThat(alert.getContentText()).contains(damaged.toString(), "not a Practice Workbook workbook",
                "damaged");
        assertThat(robot.lookup(".opening-message").tryQuery()).isPresent();
        assertThat(mainWindowsShown).hasValue(0);
        ScreenSnapshots.save(alert, "opening-failed");

        Platform.runLater(((Button) alert.lookupButton(ButtonType.OK))::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".dialog-pane").tryQuery()).isEmpty();
    }
}
