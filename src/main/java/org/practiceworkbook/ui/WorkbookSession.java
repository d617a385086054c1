package org.practiceworkbook.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import javafx.scene.Parent;

import org.practiceworkbook.demo.DemoWorkbook;
import org.practiceworkbook.pack.PackReader;
import org.practiceworkbook.store.StoreException;
import org.practiceworkbook.store.Workbook;
import org.practiceworkbook.store.WorkbookLocation;
import org.practiceworkbook.ui.common.BackgroundTasks;
import org.practiceworkbook.ui.exchange.FilePicker;

/**
 * The workbook the window is on. Opening, closing and filling the demo run on the store thread, after any saves
 * still queued there, so switching never loses an answer.
 */
public final class WorkbookSession implements WorkbookSwitch {

    private final Path own;
    private final Path demo;
    private final BackgroundTasks tasks;
    private final Clock clock;
    private final BiConsumer<Parent, String> show;
    private final Consumer<Exception> failed;
    private final Runnable quit;
    private final FilePicker files;
    private Workbook workbook;          // touched on the store thread only
    private MainWindow window;
    private boolean onDemo;
    private boolean switching;

    /**
     * @param show   puts a window's content on screen with its title
     * @param failed says why a workbook could not be opened
     */
    public WorkbookSession(Path own, Path demo, BackgroundTasks tasks, Clock clock, BiConsumer<Parent, String> show,
                           Consumer<Exception> failed, Runnable quit, FilePicker files) {
        this.own = own;
        this.demo = demo;
        this.tasks = tasks;
        this.clock = clock;
        this.show = show;
        this.failed = failed;
        this.quit = quit;
        this.files = files;
    }

    @Override
    public void openOwn() {
        switchTo(() -> Workbook.open(own, new PackReader()), false);
    }

    @Override
    public void openDemo() {
        switchTo(() -> {
            Path file = WorkbookLocation.file(demo);
            // The demo file is the program's own, remade fresh each time, so a trainer always starts from the same story.
            deleteIfExists(file);
            Workbook opened = Workbook.open(file, new PackReader());
            try {
                DemoWorkbook.fill(opened);
                return opened;
            } catch (RuntimeException e) {
                opened.close();
                throw e;
            }
        }, true);
    }

    @Override
    public boolean isDemo() {
        return onDemo;
    }

    public MainWindow window() {
        return window;
    }

    /** Saves what is being typed and closes the workbook, on the store thread after every save queued there. */
    public void close(Runnable then) {
        if (window != null) {
            window.leave();
        }
        tasks.run(() -> {
            closeWorkbook();
            return true;
        }, done -> then.run(), e -> then.run());
    }

    /** On the store thread only. */
    private void closeWorkbook() {
        if (workbook != null) {
            workbook.close();
            workbook = null;
        }
    }

    private void switchTo(java.util.concurrent.Callable<Workbook> opening, boolean demoNext) {
        if (switching) {
            return;   // one switch at a time: a second click while the first is under way changes nothing
        }
        switching = true;
        if (window != null) {
            window.leave();
        }
        tasks.run(() -> {
            // Closed first: the demo is remade in place, and cannot be while it is still open.
            closeWorkbook();
            try {
                workbook = opening.call();
                return new Opened(workbook, demoNext, null);
            } catch (Exception e) {
                if (!demoNext) {
                    throw e;
                }
                // The window must stay on a workbook: the person's own, with the reason the demo did not open.
                workbook = Workbook.open(own, new PackReader());
                return new Opened(workbook, false, e);
            }
        }, opened -> {
            switching = false;
            onDemo = opened.demo();
            window = new MainWindow(opened.workbook(), tasks, clock, quit, files, this);
            show.accept(window.root(), onDemo ? "Practice Workbook · Demo: Riverside Surgery (fictional)"
                    : "Practice Workbook");
            if (opened.problem() != null) {
                window.failed(opened.problem());
            }
        }, problem -> {
            switching = false;
            failed.accept(problem);
        });
    }

    private record Opened(Workbook workbook, boolean demo, Exception problem) {
    }

    private static void deleteIfExists(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new StoreException("the demo workbook " + file + " could not be made afresh (" + e.getMessage()
                    + "); close any other copy of Practice Workbook showing it", e);
        }
    }
}
