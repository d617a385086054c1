package org.practiceworkbook.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.stage.Stage;

import org.practiceworkbook.store.WorkbookLocation;
import org.practiceworkbook.ui.common.BackgroundTasks;
import org.practiceworkbook.ui.common.Feedback;
import org.practiceworkbook.ui.exchange.SystemFilePicker;

/**
 * The window. Shows a light first scene at once, opens the workbook (and migrates it) in the background, then shows
 * the main window. All workbook access runs on one background thread, in order; {@link WorkbookSession} moves the
 * window between the person's own workbook and the demo.
 */
public final class PracticeWorkbookApp extends Application {

    private final ExecutorService storeThread = Executors.newSingleThreadExecutor(r -> {
        var thread = new Thread(r, "workbook-store");
        thread.setDaemon(true);
        return thread;
    });
    private WorkbookSession session;

    /** Opens the window on a workbook; returns when the window closes. */
    public static int launchOn(Path workbook) {
        Application.launch(PracticeWorkbookApp.class, "--workbook=" + workbook);
        return 0;
    }

    @Override
    public void start(Stage stage) {
        open(stage, Path.of(getParameters().getNamed().get("workbook")), failure -> explainAndQuit(stage, failure),
                () -> { });
    }

    /**
     * Shows a light first scene at once and opens the workbook behind it on the store thread: nothing the first frame
     * does not need (the database, migrations, the main window) holds it up.
     *
     * @param failed told why the workbook could not be opened
     * @param opened told each time a workbook's main window has been put on screen
     */
    void open(Stage stage, Path path, Consumer<Exception> failed, Runnable opened) {
        var scene = new Scene(OpeningScreen.create(), 1000, 720);
        Theme.apply(scene);
        stage.setTitle("Practice Workbook");
        showProgramIcon(stage);
        stage.setScene(scene);
        stage.show();
        var tasks = new BackgroundTasks(storeThread, Platform::runLater);
        Path demo = WorkbookLocation.defaultDataFolder().resolve("demo-workbook" + WorkbookLocation.H2_SUFFIX);
        session = new WorkbookSession(path, demo, tasks, Clock.systemUTC(), (root, title) -> {
            scene.setRoot(root);
            stage.setTitle(title);
            opened.run();
        }, failed, Platform::exit, new SystemFilePicker());
        session.openOwn();
    }

    /** Every size of the icon, so the title bar, task bar and window switcher each get a sharp one. */
    private static void showProgramIcon(Stage stage) {
        stage.getIcons().setAll(ProgramIcon.windowImages());
    }

    private static void explainAndQuit(Stage stage, Exception failure) {
        var alert = new Alert(Alert.AlertType.ERROR, Feedback.describe(failure));
        alert.setHeaderText("The workbook could not be opened");
        alert.initOwner(stage);
        alert.showAndWait();
        Platform.exit();
    }

    @Override
    public void stop() throws Exception {
        if (session != null) {
            // Queued on the store thread behind every save still waiting there; waiting for the queue to empty
            // means the workbook is closed before the program ends.
            session.close(() -> { });
            storeThread.submit(() -> { }).get();
        }
        storeThread.shutdown();
    }
}
