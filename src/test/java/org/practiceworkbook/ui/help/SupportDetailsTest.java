package org.practiceworkbook.ui.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What Copy details gives whoever supports the practice: where the log is, and its last lines. */
class SupportDetailsTest {

    @TempDir
    Path dataFolder;

    SupportDetails details() {
        return new SupportDetails("1.2.3", "25", "25", "Linux", dataFolder.resolve("workbook.mv.db"), dataFolder);
    }

    @Test
    void the_details_name_the_log_folder_and_say_when_nothing_has_been_logged() {
        assertThat(details().logFolder()).isEqualTo(dataFolder.resolve("logs"));
        assertThat(details().text()).contains("Log folder: " + dataFolder.resolve("logs"),
                "Log: nothing logged yet");
    }

    @Test
    void the_details_end_with_the_newest_lines_of_the_log() throws Exception {
        Files.createDirectories(dataFolder.resolve("logs"));
        var lines = new StringBuilder();
        for (int i = 1; i <= 50; i++) {
            lines.append("line ").append(i).append('\n');
        }
        Files.writeString(dataFolder.resolve("logs").resolve("practice-workbook-0.log"), lines);

        String text = details().text();

        assertThat(text).contains("Last lines of the log (practice-workbook-0.log):\nline 31\n")
                .endsWith("line 50\n").doesNotContain("line 30\n");
    }
}
