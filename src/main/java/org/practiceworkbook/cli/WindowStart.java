package org.practiceworkbook.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.practiceworkbook.store.WorkbookLocation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The command line when all it does is open the window: the start-menu launcher's case, and the start-up probe's.
 * Building the whole command line means picocli reading the annotations of every command, a few hundred milliseconds
 * a person would wait for before the window appears; this knows only the window's options. Anything it does not
 * recognise (a command, --help, an option added later) goes to the whole command line, {@link WorkbookCommand}, which
 * declares and describes the same options.
 */
@Command(name = "practice-workbook")
final class WindowStart implements Callable<Integer> {

    @Option(names = "--workbook")
    void workbook(Path given) {
        workbook = given;
        workbookGiven = true;
    }

    Path workbook = WorkbookLocation.defaultWorkbook();
    boolean workbookGiven;

    @Option(names = "--startup-probe")
    boolean startupProbe;

    private final WindowLauncher window;
    private final PrintWriter out;

    private WindowStart(WindowLauncher window, PrintWriter out) {
        this.window = window;
        this.out = out;
    }

    /** The window's start, when {@code args} ask for nothing else; otherwise null. */
    static WindowStart of(String[] args, WindowLauncher window, PrintWriter out) {
        try {
            // A trial reading only: picocli takes an option's value when it is built as its default, so the start it
            // runs must be a fresh one (a flag read twice would be turned back off).
            new CommandLine(new WindowStart(window, out)).parseArgs(args);
            return new WindowStart(window, out);
        } catch (CommandLine.ParameterException e) {
            return null;
        }
    }

    @Override
    public Integer call() {
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
