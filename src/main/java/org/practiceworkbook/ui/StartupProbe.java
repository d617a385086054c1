package org.practiceworkbook.ui;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import javafx.application.Platform;
import javafx.stage.Stage;

import org.practiceworkbook.store.StoreException;

/**
 * Starts the window as a person's start does, tells the caller the moment its first frame is on screen, and closes
 * it cleanly once the workbook is open and the main window has been drawn. Staying until then lets a training run of
 * the JDK's AOT cache record everything a real start loads (the database, the main window), and a clean exit is what
 * makes the JVM write that cache.
 */
public final class StartupProbe {

    private StartupProbe() {
    }

    /**
     * @param firstFrameShown called on the FX thread the moment the first frame is on screen
     * @return 0 once the window has closed again
     * @throws StoreException when the workbook cannot be opened (after the first frame has been reported)
     */
    public static int run(Path workbook, Runnable firstFrameShown) {
        var app = new PracticeWorkbookApp();
        var shown = new CompletableFuture<Void>();
        var opened = new CompletableFuture<Void>();
        Platform.setImplicitExit(false);
        var stage = new CompletableFuture<Stage>();
        Platform.startup(() -> {
            var window = new Stage();
            stage.complete(window);
            FirstFrame.whenShown(window, () -> {
                firstFrameShown.run();
                shown.complete(null);
            });
            try {
                app.open(window, workbook, opened::completeExceptionally, () -> FirstFrame.afterNextFrame(
                        () -> opened.complete(null)));
            } catch (RuntimeException e) {
                shown.completeExceptionally(e);   // no frame will come: the caller must not wait for one
                opened.completeExceptionally(e);
            }
        });
        try {
            shown.join();
            opened.join();
            return 0;
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException problem ? problem
                    : new StoreException("the workbook could not be opened: " + e.getCause().getMessage(), e.getCause());
        } finally {
            close(app, stage.join());
        }
    }

    /** Closes the workbook on the store thread, as the window's own closing does, then ends the toolkit. */
    private static void close(PracticeWorkbookApp app, Stage stage) {
        var closed = new CompletableFuture<Void>();
        Platform.runLater(() -> {
            try {
                app.stop();
                // Hidden before the toolkit ends: the headless platform, ending with a window still up, sends it
                // a mouse event after the renderer has gone.
                stage.hide();
                closed.complete(null);
            } catch (Exception e) {
                closed.completeExceptionally(e);
            } finally {
                Platform.exit();
            }
        });
        try {
            closed.join();
        } catch (CompletionException e) {
            throw new StoreException("the workbook could not be closed cleanly: " + e.getCause().getMessage(),
                    e.getCause());
        }
    }
}
