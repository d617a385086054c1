package org.practiceworkbook.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practiceworkbook.ui.settings.RememberedSettings;
import org.practiceworkbook.ui.settings.Settings;
import org.practiceworkbook.ui.settings.SettingsFile;
import org.practiceworkbook.ui.settings.WindowBounds;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A person moves and sizes the window (or maximises it), closes the program, and finds the window as they left it
 * next time; a window remembered on a monitor since unplugged opens wholly on the screen there is. Each run is the
 * program as it starts for real ({@link PracticeWorkbookApp#openRemembering}) with its settings file in a folder of
 * the test's own, on a window of its own, so nothing here follows later tests. The headless screen is 1000 x 1000.
 */
class RememberedWindowTest {

    @TempDir
    Path folder;

    private final List<Run> runs = new ArrayList<>();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void closeWhatIsOpen() throws Exception {
        for (Run run : runs) {
            if (!run.ended) {
                run.closeByWindowButton();
            }
        }
    }

    @Test
    void the_window_comes_back_where_it_was_as_large_as_it_was_and_maximised_if_it_was() throws Exception {
        var first = start();
        assertThat(first.bounds().maximised()).isFalse();
        first.fx(() -> {
            first.stage.setX(120);
            first.stage.setY(80);
            first.stage.setWidth(700);
            first.stage.setHeight(500);
        });
        first.quitByMenu();

        var second = start();
        assertThat(second.bounds()).isEqualTo(new WindowBounds(120, 80, 700, 500, false));
        second.fx(() -> second.stage.setMaximized(true));
        assertThat(second.bounds().width()).as("maximised to the screen").isGreaterThan(700);
        second.closeByWindowButton();

        var third = start();
        assertThat(third.bounds().maximised()).as("maximised again").isTrue();
        third.fx(() -> third.stage.setMaximized(false));
        assertThat(third.bounds()).as("back to the size it had before it was maximised")
                .isEqualTo(new WindowBounds(120, 80, 700, 500, false));
        third.closeByWindowButton();
    }

    @Test
    void a_window_maximised_by_a_system_that_moves_it_before_saying_so_comes_back_to_where_it_was() throws Exception {
        var first = start();
        first.fx(() -> {
            first.stage.setX(120);
            first.stage.setY(80);
            first.stage.setWidth(700);
            first.stage.setHeight(500);
        });
        // Some window systems move a window to the screen's corner, and only then report it maximised.
        first.fx(() -> {
            first.stage.setX(0);
            first.stage.setY(0);
            first.stage.setMaximized(true);
        });
        first.closeByWindowButton();

        var second = start();
        second.fx(() -> second.stage.setMaximized(false));
        assertThat(second.bounds()).isEqualTo(new WindowBounds(120, 80, 700, 500, false));
        second.closeByWindowButton();
    }

    @Test
    void a_window_remembered_on_a_monitor_no_longer_there_opens_wholly_on_the_screen_there_is() throws Exception {
        // Last closed on a large monitor to the left of this screen, since unplugged.
        new SettingsFile(folder).save(Settings.DEFAULTS.withWindow(new WindowBounds(-1700, 150, 1400, 1100, false)));

        var run = start();

        WindowBounds placed = run.bounds();
        Rectangle2D screen = WaitForAsyncUtils.asyncFx(() -> Screen.getPrimary().getVisualBounds()).get();
        assertThat(screen.contains(placed.x(), placed.y(), placed.width(), placed.height()))
                .as("%s wholly on the screen %s", placed, screen).isTrue();
        run.closeByWindowButton();
    }

    private Run start() throws Exception {
        var run = new Run(folder);
        runs.add(run);
        run.start();
        return run;
    }

    /** One run of the program, from its start to its end. */
    private static final class Run {

        private final Path folder;
        private final ExecutorService storeThread = Executors.newSingleThreadExecutor();
        private final PracticeWorkbookApp app = new PracticeWorkbookApp(storeThread);
        private final List<Exception> failures = new ArrayList<>();
        private Stage stage;
        private boolean ended;

        Run(Path folder) {
            this.folder = folder;
        }

        void start() throws Exception {
            var opened = new CountDownLatch(1);
            stage = WaitForAsyncUtils.asyncFx(() -> {
                var window = new Stage();
                var settings = new RememberedSettings(new SettingsFile(folder), storeThread);
                app.openRemembering(window, folder.resolve("practice"), settings, failures::add, opened::countDown);
                return window;
            }).get();
            assertThat(opened.await(60, TimeUnit.SECONDS)).as("the workbook opened: %s", failures).isTrue();
            WaitForAsyncUtils.waitForFxEvents();
        }

        void fx(Runnable change) throws Exception {
            WaitForAsyncUtils.asyncFx(change).get();
            WaitForAsyncUtils.waitForFxEvents();
        }

        WindowBounds bounds() throws Exception {
            return WaitForAsyncUtils.asyncFx(() -> new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(),
                    stage.getHeight(), stage.isMaximized())).get();
        }

        /** The window's close button: the window goes, and then the program ends as it does with its last window. */
        void closeByWindowButton() throws Exception {
            ended = true;
            WaitForAsyncUtils.asyncFx(() -> {
                stage.close();
                app.stop();
                return null;
            }).get();
        }

        /** File > Quit ends the program (Platform.exit) with its window still showing; it goes when the program does. */
        void quitByMenu() throws Exception {
            ended = true;
            WaitForAsyncUtils.asyncFx(() -> {
                app.stop();
                stage.close();
                return null;
            }).get();
        }
    }
}
