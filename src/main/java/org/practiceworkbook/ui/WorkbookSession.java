package org.practiceworkbook.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.BiConsumer;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.scene.Parent;

import org.practiceworkbook.assessment.InvalidInputException;
import org.practiceworkbook.demo.DemoWorkbook;
import org.practiceworkbook.pack.PackReader;
import org.practiceworkbook.store.BackupReason;
import org.practiceworkbook.store.DiskTrouble;
import org.practiceworkbook.store.BackupRestore;
import org.practiceworkbook.store.PasswordNeededException;
import org.practiceworkbook.store.StoreException;
import org.practiceworkbook.store.Workbook;
import org.practiceworkbook.store.WorkbookLocation;
import org.practiceworkbook.store.WorkbookPassword;
import org.practiceworkbook.store.WrongPasswordException;
import org.practiceworkbook.store.crypto.KeyHeader;
import org.practiceworkbook.ui.common.BackgroundTasks;
import org.practiceworkbook.ui.exchange.FilePicker;
import org.practiceworkbook.ui.password.PasswordDialogs;
import org.practiceworkbook.ui.settings.RememberedSettings;

/**
 * The workbook the window is on. Opening, closing and filling the demo run on the store thread, after any saves
 * still queued there, so switching never loses an answer.
 */
public final class WorkbookSession implements WorkbookSwitch {

    private Path own;                   // the person's workbook the window is on, or returns to from the demo
    private final Path demo;
    private final BackgroundTasks tasks;
    private final Clock clock;
    private final BiConsumer<Parent, String> show;
    private final Consumer<Exception> failed;
    private final Runnable quit;
    private final FilePicker files;
    private final RememberedSettings settings;
    private Workbook workbook;          // touched on the store thread only
    private MainWindow window;
    private boolean onDemo;
    private boolean switching;
    private Consumer<MainWindow> onceOpen = w -> { };
    private Path openedOwn;             // the own workbook last open, whose password ownPassword is
    private Optional<String> ownPassword = Optional.empty();   // the own workbook's, to go back to it on a failure

    /**
     * @param show   puts a window's content on screen with its title
     * @param failed says why a workbook could not be opened
     */
    public WorkbookSession(Path own, Path demo, BackgroundTasks tasks, Clock clock, BiConsumer<Parent, String> show,
                           Consumer<Exception> failed, Runnable quit, FilePicker files) {
        this(own, demo, tasks, clock, show, failed, quit, files, RememberedSettings.inMemory());
    }

    /** @param settings the text size, theme and recent workbooks, kept between runs */
    public WorkbookSession(Path own, Path demo, BackgroundTasks tasks, Clock clock, BiConsumer<Parent, String> show,
                           Consumer<Exception> failed, Runnable quit, FilePicker files, RememberedSettings settings) {
        this.settings = settings;
        this.own = WorkbookLocation.file(own);
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
        Path file = own;
        if (file.equals(openedOwn) && ownPassword.isPresent()) {
            Optional<String> password = ownPassword;   // back from the demo: the password was given already
            switchTo(() -> Workbook.open(file, new PackReader(), password), file, password, null);
        } else {
            openAsking(file, null);
        }
    }

    /**
     * Opens a workbook, asking first for its password when it has one; a wrong password asks again, and cancelling
     * leaves the window where it was (at start, with no window yet, the program closes).
     */
    private void openAsking(Path file, String problem) {
        if (!KeyHeader.isEncrypted(file)) {
            switchTo(() -> Workbook.open(file, new PackReader()), file, Optional.empty(), null);
            return;
        }
        Optional<String> password = PasswordDialogs.askToOpen(owner(), file, problem);
        if (password.isEmpty()) {
            if (window == null) {
                failed.accept(new PasswordNeededException(file));
            }
            return;
        }
        switchTo(() -> Workbook.open(file, new PackReader(), password), file, password,
                () -> openAsking(file, "Wrong password. Type it again, or cancel."));
    }

    /** The window a question is asked over; at start, before a workbook is open, the one showing the opening screen. */
    private javafx.stage.Window owner() {
        if (window != null && window.root().getScene() != null) {
            return window.root().getScene().getWindow();
        }
        return javafx.stage.Window.getWindows().stream().filter(javafx.stage.Window::isShowing).findFirst()
                .orElse(null);
    }

    /**
     * Sets, changes or removes the password of the workbook the window is on: it is closed (after every save),
     * copied into a new file with the new key, and opened again. On any failure (a wrong password now among them)
     * the workbook is as it was and the window goes back to it, saying why.
     */
    @Override
    public void changePassword(Optional<String> current, Optional<String> next) {
        if (onDemo) {
            return;
        }
        if (workbook != null && workbook.readOnly()) {
            window.failed(new StoreException(DiskTrouble.READ_ONLY));
            return;
        }
        Path file = own;
        switchTo(() -> WorkbookPassword.changeAndOpen(file, current, next, new PackReader(),
                org.practiceworkbook.store.Backups.standard()), file, next, null);
    }

    @Override
    public void open(Path chosen) {
        Path file = WorkbookLocation.file(chosen);
        if (!Files.isRegularFile(file)) {
            // Opening a missing file would quietly make an empty workbook where the person expects theirs.
            settings.change(s -> s.withoutRecent(file));
            problem(new InvalidInputException("workbook", "there is no workbook at " + file
                    + " (moved, renamed or on a drive not plugged in?); it has been taken off the recent list"));
            return;
        }
        openAsking(file, null);
    }

    @Override
    public void create(Path chosen) {
        Path file = WorkbookLocation.file(chosen);
        if (Files.exists(file)) {
            problem(new InvalidInputException("workbook", file + " already exists, and a new workbook never "
                    + "replaces one; to work in it, use File > Open workbook…"));
            return;
        }
        switchTo(() -> Workbook.open(file, new PackReader()), file, Optional.empty(), null);
    }

    @Override
    public boolean opensOthers() {
        return true;
    }

    @Override
    public void restore(Path backup) {
        if (switching || window == null || onDemo) {
            return;
        }
        if (workbook.readOnly()) {
            window.failed(new StoreException(DiskTrouble.READ_ONLY));
            return;
        }
        Path file = own;
        // What is being typed is saved first, so the backup of the workbook as it is now holds it too.
        window.leave();
        MainWindow now = window;
        tasks.run(() -> {
            var key = workbook.fileKey();
            workbook.backUp(BackupReason.BEFORE_RESTORE);
            return key;
        }, key -> switchTo(() -> {
            BackupRestore.restore(file, backup, key);
            return Workbook.open(file, new PackReader(), ownPassword);
        }, file, ownPassword, null), now::failed);
    }

    /** The day's first opening backs the workbook up, after the window is drawn so it never holds up the opening. */
    private void backUpOnOpening(Workbook opened, MainWindow shown) {
        tasks.run(() -> {
            if (workbook == opened) {
                opened.backUpOnOpening();
            }
            return true;
        }, done -> { }, shown::failed);
    }

    /** The workbook file the window is on; for the demo, the person's own it returns to. */
    public Path own() {
        return own;
    }

    /** Runs once the window is next on a workbook: a file the program was started with is offered there. */
    public void whenOpen(Consumer<MainWindow> action) {
        if (window != null && !switching) {
            MainWindow now = window;
            javafx.application.Platform.runLater(() -> action.accept(now));
        } else {
            onceOpen = onceOpen.andThen(action);
        }
    }

    /** The title bar names the workbook and where it is, so two copies of the program are never confused. */
    static String title(Path file, boolean demo) {
        if (demo) {
            return "Practice Workbook · Demo: Riverside Surgery (fictional)";
        }
        return file.getFileName() + " — Practice Workbook (" + file + ")";
    }

    private void problem(Exception e) {
        if (window != null) {
            window.failed(e);
        } else {
            failed.accept(e);
        }
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
        }, null, Optional.empty(), null);
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

    /**
     * @param target      the person's workbook being opened; null for the demo
     * @param password    what the target opens with
     * @param wrongAgain  asks again when the password was wrong; null to say so in the status line instead
     */
    private void switchTo(java.util.concurrent.Callable<Workbook> opening, Path target, Optional<String> password,
                          Runnable wrongAgain) {
        if (switching) {
            return;   // one switch at a time: a second click while the first is under way changes nothing
        }
        switching = true;
        // With a window open there is a workbook to go back to if the next will not open; at start there is none.
        Path fallback = window != null || target == null ? own : null;
        Optional<String> fallbackPassword = ownPassword;
        if (window != null) {
            window.leave();
        }
        tasks.run(() -> {
            // Closed first: the demo is remade in place, and cannot be while it is still open.
            closeWorkbook();
            try {
                workbook = opening.call();
                return new Opened(workbook, target, null, password);
            } catch (Exception e) {
                if (fallback == null) {
                    throw e;
                }
                // The window must stay on a workbook: the person's own, with the reason the other did not open.
                workbook = Workbook.open(fallback, new PackReader(), fallbackPassword);
                return new Opened(workbook, fallback, e, fallbackPassword);
            }
        }, opened -> {
            switching = false;
            onDemo = opened.file() == null;
            if (!onDemo) {
                own = opened.file();
                openedOwn = opened.file();
                ownPassword = opened.password();
                settings.change(s -> s.withRecent(opened.file()));
            }
            window = new MainWindow(opened.workbook(), tasks, clock, quit, files, this, settings);
            show.accept(window.root(), title(own, onDemo));
            if (!onDemo) {
                backUpOnOpening(opened.workbook(), window);
            }
            if (opened.problem() instanceof WrongPasswordException && wrongAgain != null) {
                javafx.application.Platform.runLater(wrongAgain);
            } else if (opened.problem() != null) {
                window.failed(opened.problem());
            }
            Consumer<MainWindow> then = onceOpen;
            onceOpen = w -> { };
            MainWindow now = window;
            // After the window is drawn: what was waiting may open a dialog over it.
            javafx.application.Platform.runLater(() -> then.accept(now));
        }, problem -> {
            switching = false;
            if (problem instanceof WrongPasswordException && wrongAgain != null) {
                wrongAgain.run();
            } else {
                failed.accept(problem);
            }
        });
    }

    /** @param file the person's workbook now open; null for the demo */
    private record Opened(Workbook workbook, Path file, Exception problem, Optional<String> password) {
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
