package org.practiceworkbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.logging.LogManager;

import org.practiceworkbook.cli.CommandLineRunner;
import org.practiceworkbook.cli.WindowLauncher;
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
            public int open(Path workbook) {
                return PracticeWorkbookApp.launchOn(workbook);
            }

            @Override
            public int probe(Path workbook, Runnable firstFrameShown) {
                return StartupProbe.run(workbook, firstFrameShown);
            }
        };
    }

    private static void configureLogging() {
        try (InputStream in = Main.class.getResourceAsStream("logging.properties")) {
            if (in != null) {
                LogManager.getLogManager().readConfiguration(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the program's logging settings cannot be read", e);
        }
    }
}
