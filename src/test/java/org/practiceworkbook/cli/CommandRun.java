package org.practiceworkbook.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One run of the command line on a workbook, as a person types it, with what it printed and its exit code. */
record CommandRun(int exit, String out, String err) {

    static CommandRun on(Path workbook, String... args) {
        var all = new ArrayList<>(List.of("--workbook", workbook.toString()));
        all.addAll(List.of(args));
        var out = new StringWriter();
        var err = new StringWriter();
        int exit = CommandLineRunner.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err), w -> 0);
        return new CommandRun(exit, out.toString(), err.toString());
    }
}
