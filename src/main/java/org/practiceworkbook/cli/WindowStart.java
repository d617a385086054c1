package org.practiceworkbook.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.nio.file.InvalidPathException;
import java.util.Optional;

import org.practiceworkbook.store.WorkbookLocation;

/**
 * The command line when all it does is open the window: the start-menu launcher's case, and the start-up probe's.
 * It reads the window's two options by hand, without picocli: picocli's classes are compiled for an old Java, so the
 * JDK's AOT cache cannot hold them, and loading and linking them cost about 0.15 s of every start before the window
 * appeared. Anything else (a command, --help, a file, an option given twice or without its value) goes to the whole
 * command line, {@link WorkbookCommand}, which declares and describes the same options.
 */
final class WindowStart {

    private final Path workbook;
    private final boolean workbookGiven;
    private final boolean startupProbe;

    private WindowStart(Path workbook, boolean workbookGiven, boolean startupProbe) {
        this.workbook = workbook;
        this.workbookGiven = workbookGiven;
        this.startupProbe = startupProbe;
    }

    /** The window's start, when {@code args} ask for nothing else; otherwise empty. */
    static Optional<WindowStart> of(String[] args) {
        Path workbook = null;
        boolean probe = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String value = null;
            if (arg.equals("--startup-probe") && !probe) {
                probe = true;
                continue;
            } else if (arg.equals("--workbook") && i + 1 < args.length) {
                value = args[++i];
            } else if (arg.startsWith("--workbook=")) {
                value = arg.substring("--workbook=".length());
            }
            if (value == null || value.isEmpty() || value.startsWith("-") || workbook != null) {
                return Optional.empty();
            }
            try {
                workbook = Path.of(value);
            } catch (InvalidPathException e) {
                return Optional.empty();
            }
        }
        return Optional.of(new WindowStart(workbook == null ? WorkbookLocation.defaultWorkbook() : workbook,
                workbook != null, probe));
    }

    /** Opens the window and returns its exit code once it closes. */
    int open(WindowLauncher window, PrintWriter out) {
        return open(window, workbook, workbookGiven, startupProbe, out);
    }
    /**
     * Opens the window; with the probe, prints the one line that says when its first frame was on screen.
     *
     * @param workbookGiven whether --workbook was given; if not, the workbook the settings name opens
     */
    static int open(WindowLauncher window, Path workbook, boolean workbookGiven, boolean startupProbe,
                    PrintWriter out) {
        if (!startupProbe) {
            return window.open(new WindowRequest(workbook, workbookGiven, java.util.Optional.empty()));
        }
        return window.probe(workbook, () -> {
            out.println("first-frame-ms: " + StartupClock.millisSinceStart());
            out.flush();
        });
    }
}
