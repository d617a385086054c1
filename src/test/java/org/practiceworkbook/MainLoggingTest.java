package org.practiceworkbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Logger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practiceworkbook.logging.SupportLog;

/** The program's logging as Main sets it up: warnings reach the support log in the data folder. */
class MainLoggingTest {

    @TempDir
    Path dataFolder;

    @Test
    void warnings_from_anywhere_in_the_program_go_to_the_support_log_after_a_line_naming_the_version_java_and_system()
            throws IOException {
        var terminal = new ByteArrayOutputStream();
        PrintStream before = System.err;
        System.setErr(new PrintStream(terminal, true, StandardCharsets.UTF_8));
        SupportLog log = Main.configureLogging(dataFolder);
        try {
            Logger.getLogger("org.practiceworkbook.store.Workbook").info("routine");
            Logger.getLogger("org.practiceworkbook.store.Workbook").warning("Could not close a workbook");
        } finally {
            Logger.getLogger("").removeHandler(log);
            log.close();
            System.setErr(before);
        }
        // Whoever started the program from a terminal sees the same warnings there, as logging.properties sets up.
        assertThat(terminal.toString(StandardCharsets.UTF_8)).contains("WARNING", "Could not close a workbook")
                .doesNotContain("routine");

        var lines = Files.readAllLines(dataFolder.resolve("logs").resolve(SupportLog.NEWEST), StandardCharsets.UTF_8);
        assertThat(lines.getFirst()).contains("Practice Workbook " + BuildInfo.version() + " started; Java "
                + Runtime.version(), System.getProperty("os.name"));
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("WARNING", "Could not close a workbook"));
        assertThat(lines).noneSatisfy(line -> assertThat(line).contains("routine"));
    }

    @Test
    void a_failure_nothing_caught_goes_to_the_support_log_by_its_kind_without_its_message() throws Exception {
        SupportLog log = Main.configureLogging(dataFolder);
        var before = Thread.getDefaultUncaughtExceptionHandler();
        try {
            var thread = new Thread(() -> {
                throw new IllegalStateException("the note from Dr Helen Price was lost",
                        new IllegalArgumentException("Joanne Fletcher"));
            }, "store");
            thread.start();
            thread.join();
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(before);
            Logger.getLogger("").removeHandler(log);
            log.close();
        }

        String written = Files.readString(dataFolder.resolve("logs").resolve(SupportLog.NEWEST), StandardCharsets.UTF_8);
        assertThat(written).contains("SEVERE", "nothing caught", "\"store\"", "java.lang.IllegalStateException",
                "java.lang.IllegalArgumentException", "MainLoggingTest");
        assertThat(written).doesNotContain("Helen").doesNotContain("Joanne");
    }
}
