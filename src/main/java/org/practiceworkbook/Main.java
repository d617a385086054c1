package org.practiceworkbook;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import org.practiceworkbook.cli.CommandLineRunner;
import org.practiceworkbook.ui.PracticeWorkbookApp;

/**
 * The program's entry point. Not a JavaFX Application itself, so the jar starts with JavaFX on the class path, and
 * a command never starts the window toolkit.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        var out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        var err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(CommandLineRunner.run(args, out, err, PracticeWorkbookApp::launchOn));
    }
}
