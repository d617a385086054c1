package org.practiceworkbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.logging.LogManager;
import java.util.logging.Logger;

import org.practiceworkbook.cli.CommandLineRunner;
import org.practiceworkbook.cli.WindowLauncher;
import org.practiceworkbook.cli.WindowRequest;
import org.practiceworkbook.logging.SupportLog;
import org.practiceworkbook.logging.UncaughtFailures;
import org.practiceworkbook.store.WorkbookLocation;
import org.practiceworkbook.ui.PracticeWorkbookApp;
import org.practiceworkbook.ui.StartupProbe;
import org.practiceworkbook.ui.results.ChartFiles;

/**
 * The program's entry point. Not a JavaFX Application itself, so the jar starts with JavaFX on the class path, and
 * a command never starts the window toolkit.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        configureLogging();
        var out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        var err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(CommandLineRunner.run(args, out, err, window(), ChartFiles::render,
                ChartFiles::radarPng));
    }

    /** The window, and its start-up probe, for the command line that cannot know the views. */
    private static WindowLauncher window() {
        return new WindowLauncher() {
            @Override
            public int open(WindowRequest request) {
                return PracticeWorkbookApp.launchOn(request.workbook(), request.workbookGiven(),
                        request.file().orElse(null));
            }

            @Override
            public int probe(Path workbook, Runnable firstFrameShown) {
                return StartupProbe.run(workbook, firstFrameShown);
            }
        };
    }

    private static void configureLogging() {
        configureLogging(WorkbookLocation.defaultDataFolder());
    }

    /**
     * Warnings and errors go to standard error and to the support log in {@code dataFolder}'s logs folder, which
     * Help > About points to.
     *
     * @return the support log, for tests to close (they pass a folder of their own, never the real data folder)
     */
    static SupportLog configureLogging(Path dataFolder) {
        try (InputStream in = Main.class.getResourceAsStream("logging.properties")) {
            if (in != null) {
                LogManager.getLogManager().readConfiguration(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the program's logging settings cannot be read", e);
        }
        var log = new SupportLog(SupportLog.folder(dataFolder), Main::startLine);
        Logger.getLogger("").addHandler(log);
        UncaughtFailures.install();
        return log;
    }

    /** The first line of each run in the support log: what support asks first. */
    static String startLine() {
        return "Practice Workbook " + BuildInfo.version() + " started; Java " + Runtime.version() + " ("
                + System.getProperty("java.vendor", "unknown vendor") + "); " + System.getProperty("os.name") + " "
                + System.getProperty("os.version") + " (" + System.getProperty("os.arch") + ")";
    }
}
