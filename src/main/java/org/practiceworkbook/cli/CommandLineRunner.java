package org.practiceworkbook.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.Supplier;

import org.practiceworkbook.assessment.InvalidInputException;
import org.practiceworkbook.pack.PackReader;
import org.practiceworkbook.report.ReportCharts;
import org.practiceworkbook.store.Disk;
import org.practiceworkbook.store.StoreException;
import org.practiceworkbook.store.WorkbookLocation;
import picocli.CommandLine;

/**
 * Runs one command line. Bad input and failures end in one clear line on standard error and a non-zero exit:
 * 2 for a mistake in the command itself, 1 for input or a workbook that cannot be used.
 */
public final class CommandLineRunner {

    public static final int INPUT_ERROR = 1;
    public static final int USAGE_ERROR = 2;

    private static final ChartRenderer NO_CHARTS = (workbook, practice, round, pack, folder) -> {
        throw new InvalidInputException("charts", "charts cannot be drawn by this build of the program");
    };

    private CommandLineRunner() {
    }

    private static String describe(CommandLine.ParameterException e) {
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            String typed = unmatched.getUnmatched().getFirst();
            // picocli's near matches include long names that merely share letters; a slip rarely changes the first.
            var suggestions = unmatched.getSuggestions().stream()
                    .filter(s -> !typed.isEmpty() && !s.isEmpty() && s.charAt(0) == typed.charAt(0)).toList();
            return "unknown command or option '" + typed + "'"
                    + (suggestions.isEmpty() ? "" : "; did you mean " + String.join(" or ", suggestions) + "?");
        }
        return e.getMessage();
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err, WindowLauncher window) {
        return run(args, out, err, window, NO_CHARTS);
    }

    /** @param charts draws charts to files without a window (the views provide it); reports go without charts */
    public static int run(String[] args, PrintWriter out, PrintWriter err, WindowLauncher window, ChartRenderer charts) {
        return run(args, out, err, window, charts, ReportCharts.NONE);
    }

    /**
     * @param charts       draws charts to files without a window (the views provide it)
     * @param reportCharts draws the report's charts as pictures without a window (the views provide it)
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err, WindowLauncher window, ChartRenderer charts,
                          ReportCharts reportCharts) {
        return run(args, out, err, window, charts, reportCharts, Disk.LOCAL);
    }

    /** @param disk how workbooks are reached: tests pass one that fails, or is read-only, on command */
    static int run(String[] args, PrintWriter out, PrintWriter err, WindowLauncher window, ChartRenderer charts,
                   ReportCharts reportCharts, Disk disk) {
        return run(args, out, err, window, charts, reportCharts, disk, WorkbookLocation::defaultDataFolder);
    }

    /** @param dataFolder where the settings and the standard workbook are: tests pass a folder of their own */
    static int run(String[] args, PrintWriter out, PrintWriter err, WindowLauncher window, Supplier<Path> dataFolder) {
        return run(args, out, err, window, NO_CHARTS, ReportCharts.NONE, Disk.LOCAL, dataFolder);
    }

    private static int run(String[] args, PrintWriter out, PrintWriter err, WindowLauncher window,
                           ChartRenderer charts, ReportCharts reportCharts, Disk disk, Supplier<Path> dataFolder) {
        // Opening the window needs none of the commands, and building them would hold up its first frame.
        var windowOnly = WindowStart.of(args);
        if (windowOnly.isPresent()) {
            try {
                return windowOnly.get().open(window, out);
            } catch (InvalidInputException | StoreException e) {
                return failed(e, err);
            } finally {
                out.flush();
            }
        }
        var commandLine = new CommandLine(new WorkbookCommand(new PackReader(), window, charts, reportCharts, disk,
                dataFolder));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler((e, a) -> {
            err.println("practice-workbook: " + describe(e) + " (see --help)");
            err.flush();
            return USAGE_ERROR;
        });
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof InvalidInputException || e instanceof StoreException) {
                return failed(e, err);
            }
            throw e;
        });
        int exit = commandLine.execute(args);
        out.flush();
        err.flush();
        return exit;
    }

    private static int failed(Exception e, PrintWriter err) {
        err.println("practice-workbook: " + e.getMessage());
        err.flush();
        return INPUT_ERROR;
    }
}
