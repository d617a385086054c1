package org.practiceworkbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's side of {@code --startup-probe}: which window it asks for, and the one line it prints. */
class StartupProbeOptionTest {

    @TempDir
    Path folder;

    final List<String> opened = new ArrayList<>();

    /** A window that reports its first frame at once, as the real one does once it is drawn. */
    final WindowLauncher window = new WindowLauncher() {
        @Override
        public int open(Path workbook) {
            opened.add("window " + workbook);
            return 0;
        }

        @Override
        public int probe(Path workbook, Runnable firstFrameShown) {
            opened.add("probe " + workbook);
            firstFrameShown.run();
            return 0;
        }
    };

    record Run(int exit, String out, String err) {
    }

    Run run(WindowLauncher launcher, String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        int exit = CommandLineRunner.run(args, new PrintWriter(out), new PrintWriter(err), launcher);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void the_probe_opens_the_window_on_the_workbook_and_prints_one_line_with_the_milliseconds_since_start() {
        Path workbook = folder.resolve("w");
        var run = run(window, "--workbook", workbook.toString(), "--startup-probe");

        assertThat(run.exit()).isZero();
        assertThat(opened).containsExactly("probe " + workbook);
        assertThat(run.out().lines().toList()).singleElement().asString().matches("first-frame-ms: \\d+");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void without_the_option_the_window_opens_as_usual_and_nothing_is_printed() {
        var run = run(window, "--workbook", folder.resolve("w").toString());

        assertThat(run.exit()).isZero();
        assertThat(opened).containsExactly("window " + folder.resolve("w"));
        assertThat(run.out()).isEmpty();
    }

    @Test
    void a_build_whose_window_cannot_be_timed_says_so_and_opens_nothing() {
        var run = run(workbook -> {
            opened.add("window " + workbook);
            return 0;
        }, "--workbook", folder.resolve("w").toString(), "--startup-probe");

        assertThat(run.exit()).isEqualTo(CommandLineRunner.INPUT_ERROR);
        assertThat(run.err()).contains("cannot time its start-up");
        assertThat(run.out()).isEmpty();
        assertThat(opened).isEmpty();
    }
}
