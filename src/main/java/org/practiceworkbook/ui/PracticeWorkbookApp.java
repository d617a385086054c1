package org.practiceworkbook.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.practiceworkbook.store.WorkbookLocation;
import org.practiceworkbook.ui.common.BackgroundTasks;
import org.practiceworkbook.ui.common.Feedback;
import org.practiceworkbook.ui.exchange.SystemFilePicker;
import org.practiceworkbook.ui.settings.RememberedSettings;
import org.practiceworkbook.ui.settings.SettingsFile;
import org.practiceworkbook.ui.settings.StartingWorkbook;
import org.practiceworkbook.ui.settings.WindowMemory;

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
    private WindowMemory windowMemory;

    /** Opens the window on a workbook; returns when the window closes. */
    public static int launchOn(Path workbook) {
        return launchOn(workbook, true, null);
    }

    /**
     * @param workbookGiven whether the workbook was named; if not, the one the settings name opens
     * @param file          a response or workbook file to offer once the window is open; may be null
     */
    public static int launchOn(Path workbook, boolean workbookGiven, Path file) {
        Application.launch(PracticeWorkbookApp.class, StartArguments.of(workbook, workbookGiven, file));
        return 0;
    }

    @Override
    public void start(Stage stage) {
        var arguments = StartArguments.read(getParameters());
        var settings = new RememberedSettings(new SettingsFile(WorkbookLocation.defaultDataFolder()), storeThread);
        var starting = StartingWorkbook.choose(arguments.workbook(), arguments.workbookGiven(), settings.current());
        Path path = starting.file();
        var opening = new StackPane(new Label("Opening workbook…"));
        var scene = new Scene(opening, 1000, 720);
        settings.current().theme().applyTo(scene);
        windowMemory = WindowMemory.attach(stage, settings);
        stage.setTitle("Practice Workbook");
        stage.setScene(scene);
        stage.show();
        var tasks = new BackgroundTasks(storeThread, Platform::runLater);
        Path demo = WorkbookLocation.defaultDataFolder().resolve("demo-workbook" + WorkbookLocation.H2_SUFFIX);
        session = new WorkbookSession(path, demo, tasks, Clock.systemUTC(), (root, title) -> {
            scene.setRoot(root);
            stage.setTitle(title);
        }, failure -> {
            var alert = new Alert(Alert.AlertType.ERROR, Feedback.describe(failure));
            alert.setHeaderText("The workbook could not be opened");
            alert.initOwner(stage);
            alert.showAndWait();
            Platform.exit();
        }, Platform::exit, new SystemFilePicker(), settings);
        session.openOwn();
        starting.note().ifPresent(note -> session.whenOpen(window -> window.failed(note)));
        arguments.file().ifPresent(file -> session.whenOpen(window -> OpenedFiles.offer(window, file)));
    }

    @Override
    public void stop() throws Exception {
        if (windowMemory != null) {
            windowMemory.remember();
        }
        if (session != null) {
            // Queued on the store thread behind every save still waiting there; waiting for the queue to empty
            // means the workbook is closed before the program ends.
            session.close(() -> { });
            storeThread.submit(() -> { }).get();
        }
        storeThread.shutdown();
    }
}
