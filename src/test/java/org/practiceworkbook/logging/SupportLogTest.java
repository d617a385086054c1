package org.practiceworkbook.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The support log: made when first needed, warnings and errors only, each run's start named, its size bounded. */
class SupportLogTest {

    @TempDir
    Path dataFolder;

    private final Logger logger = Logger.getLogger("org.practiceworkbook.test.support-log");
    private SupportLog log;

    void attach(SupportLog handler) {
        log = handler;
        logger.setUseParentHandlers(false);
        logger.setLevel(Level.ALL);
        logger.addHandler(handler);
    }

    @AfterEach
    void detach() {
        logger.removeHandler(log);
        logger.setUseParentHandlers(true);
        logger.setLevel(null);
        log.close();
    }

    Path folder() {
        return SupportLog.folder(dataFolder);
    }

    @Test
    void it_is_in_the_data_folders_logs_folder_and_is_only_made_when_there_is_something_worth_keeping()
            throws IOException {
        attach(new SupportLog(folder(), () -> "Practice Workbook 9.9.9 started; Java 25; Linux"));

        logger.info("opened the workbook");
        logger.fine("a detail");
        assertThat(folder()).as("nothing worth keeping yet").doesNotExist();

        logger.warning("The settings file could not be read");
        logger.log(Level.SEVERE, "A save failed", new IllegalStateException("disk gone"));

        assertThat(folder()).isEqualTo(dataFolder.resolve("logs"));
        List<String> lines = Files.readAllLines(folder().resolve(SupportLog.NEWEST), StandardCharsets.UTF_8);
        assertThat(lines.getFirst()).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d INFO practice-workbook: "
                + "Practice Workbook 9\\.9\\.9 started; Java 25; Linux");
        assertThat(String.join("\n", lines)).contains("WARNING", "The settings file could not be read", "SEVERE",
                "A save failed", "java.lang.IllegalStateException: disk gone")
                .doesNotContain("opened the workbook", "a detail");
        assertThat(SupportLog.lastLines(folder(), 2)).hasSize(2);
    }

    @Test
    void a_full_log_rolls_over_keeping_a_few_files_of_limited_size() throws IOException {
        attach(new SupportLog(folder(), () -> "start", 10_000));

        for (int i = 0; i < 2_000; i++) {
            logger.warning("Warning number " + i + " while something was being saved");
        }

        List<Path> files;
        try (Stream<Path> all = Files.list(folder())) {
            files = all.filter(f -> f.getFileName().toString().endsWith(".log")).toList();
        }
        assertThat(files).hasSize(SupportLog.GENERATIONS);
        for (Path file : files) {
            assertThat(Files.size(file)).as(file.toString()).isLessThanOrEqualTo(10_000 + 200);
        }
        assertThat(SupportLog.lastLines(folder(), 1)).singleElement().asString()
                .contains("Warning number 1999 ");
    }

    @Test
    void a_log_folder_that_cannot_be_made_does_not_stop_the_program() throws IOException {
        Path blocked = dataFolder.resolve("not-a-folder");
        Files.writeString(blocked, "a file where the logs folder would go");
        attach(new SupportLog(blocked.resolve("logs"), () -> "start"));

        logger.warning("something to say");
        logger.warning("and again");

        assertThat(Files.readString(blocked)).isEqualTo("a file where the logs folder would go");
    }
}
