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

import org.practiceworkbook.assessment.InvalidInputException;
import org.practiceworkbook.settings.StartingWorkbook;
import org.practiceworkbook.store.WorkbookInUseException;
import org.practiceworkbook.store.WorkbookLocation;
import org.practiceworkbook.ui.common.BackgroundTasks;
import org.practiceworkbook.ui.common.Feedback;
import org.practiceworkbook.ui.exchange.SystemFilePicker;
import org.practiceworkbook.ui.settings.RememberedSettings;
import org.practiceworkbook.ui.settings.SettingsFile;
import org.practiceworkbook.ui.settings.WindowMemory;

/**
 * The window. Shows a light first scene at once, opens the workbook (and migrates it) in the background, then shows
 * the main window. All workbook access runs on one background thread, in order; {@link WorkbookSession} moves the
 * window between the person's own workbook and the demo.
 */
public final class PracticeWorkbookApp extends Application {

    private final ExecutorService storeThread;
    private WorkbookSession session;
    private WindowMemory windowMemory;

    public PracticeWorkbookApp() {
        this(Executors.newSingleThreadExecutor(r -> {
            var thread = new Thread(r, "workbook-store");
            thread.setDaemon(true);
            return thread;
        }));
    }

    /** @param storeThread runs all workbook access, one task at a time (tests hold it to see the first scene) */
    PracticeWorkbookApp(ExecutorService storeThread) {
        this.storeThread = storeThread;
    }

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
        var starting = StartingWorkbook.choose(arguments.workbook(), arguments.workbookGiven(),
                settings.current().defaultWorkbook());
        openRemembering(stage, starting.file(), settings, failure -> {
            showOpenFailure(stage, failure);
            Platform.exit();
        }, () -> { });
        settings.note().ifPresent(note -> session.whenOpen(window -> window.failed(
                new InvalidInputException("settings", note))));
        starting.note().ifPresent(note -> session.whenOpen(window -> window.failed(note)));
        arguments.file().ifPresent(file -> session.whenOpen(window -> OpenedFiles.offer(window, file)));
    }

    /**
     * As the program opens its window: where it was last time (on a screen there is now), remembering where it is when
     * it closes; {@link #stop()} remembers it too, for a program ended by File > Quit.
     */
    void openRemembering(Stage stage, Path path, RememberedSettings settings, Consumer<Exception> failed,
                         Runnable opened) {
        windowMemory = WindowMemory.attach(stage, settings);
        open(stage, path, settings, failed, opened);
    }

    /** As {@link #open(Stage, Path, RememberedSettings, Consumer, Runnable)}, with settings that are not kept. */
    void open(Stage stage, Path path, Consumer<Exception> failed, Runnable opened) {
        open(stage, path, RememberedSettings.inMemory(), failed, opened);
    }

    /**
     * Shows a light first scene at once and opens the workbook behind it on the store thread: nothing the first frame
     * does not need (the database, migrations, the main window) holds it up.
     *
     * @param failed told why the workbook could not be opened
     * @param opened told each time a workbook's main window has been put on screen
     */
    void open(Stage stage, Path path, RememberedSettings settings, Consumer<Exception> failed, Runnable opened) {
        var scene = new Scene(OpeningScreen.create(settings.current().textSize()), 1000, 720);
        settings.current().theme().applyOwnStylesheetsTo(scene);
        var tasks = new BackgroundTasks(storeThread, Platform::runLater);
        Path demo = WorkbookLocation.defaultDataFolder().resolve("demo-workbook" + WorkbookLocation.H2_SUFFIX);
        session = new WorkbookSession(path, demo, tasks, Clock.systemUTC(), (root, title) -> {
            scene.setRoot(root);
            stage.setTitle(title);
            opened.run();
        }, failed, Platform::exit, new SystemFilePicker(), settings);
        stage.setTitle("Practice Workbook");
        stage.setScene(scene);
        stage.show();
        // Neither the toolkit's look for controls, nor the icons, nor the workbook are needed to draw the first frame,
        // and on two cores loading them would hold it up. The look comes before any control is made (a password
        // prompt, the main window); all of it outside the frame's own handling, as opening may ask for a password.
        WorkbookSession opening = session;
        FirstFrame.afterNextFrame(() -> Platform.runLater(() -> {
            if (stage.isShowing()) {   // a window closed that soon opens nothing
                Theme.useToolkitLook();
                showProgramIcon(stage);
                opening.openOwn();
            }
        }));
    }

    /** Every size of the icon, so the title bar, task bar and window switcher each get a sharp one. */
    private static void showProgramIcon(Stage stage) {
        stage.getIcons().setAll(ProgramIcon.windowImages());
    }

    /** Says why the workbook could not be opened, and waits until the person has read it. */
    static void showOpenFailure(Stage stage, Exception failure) {
        var alert = new Alert(Alert.AlertType.ERROR, Feedback.describe(failure));
        alert.setHeaderText(failure instanceof WorkbookInUseException
                ? "This workbook is already open in another copy of Practice Workbook"
                : "The workbook could not be opened");
        alert.initOwner(stage);
        alert.showAndWait();
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
