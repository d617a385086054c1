package org.practiceworkbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.practiceworkbook.store.WorkbookLocation;

/**
 * The window's own start reads its two options without the whole command line; everything else must still reach the
 * whole command line, so a command or a mistake is never swallowed by it.
 */
class WindowStartTest {

    private final List<String> opened = new ArrayList<>();

    private final WindowLauncher window = new WindowLauncher() {
        @Override
        public int open(WindowRequest request) {
            opened.add((request.workbookGiven() ? "given " : "default ") + request.workbook());
            return 0;
        }

        @Override
        public int probe(Path workbook, Runnable firstFrameShown) {
            opened.add("probe " + workbook);
            return 0;
        }
    };

    private void open(String... args) {
        WindowStart.of(args).orElseThrow().open(window, new PrintWriter(new StringWriter()));
    }

    @Test
    void the_window_options_in_either_form_and_order_open_the_window() {
        open();
        open("--workbook", "/tmp/a");
        open("--workbook=/tmp/b");
        open("--startup-probe", "--workbook", "/tmp/c");

        assertThat(opened).containsExactly("default " + WorkbookLocation.defaultWorkbook(), "given /tmp/a",
                "given /tmp/b", "probe /tmp/c");
    }

    @Test
    void anything_else_is_left_to_the_whole_command_line() {
        for (String[] args : List.of(new String[] {"packs", "list"}, new String[] {"--help"},
                new String[] {"--version"}, new String[] {"--workbook"}, new String[] {"--workbook="},
                new String[] {"--workbook", "/tmp/a", "--workbook", "/tmp/b"},
                new String[] {"--workbook", "--startup-probe"}, new String[] {"--startup-probe", "--startup-probe"},
                new String[] {"answers.pwr"}, new String[] {"--workbook", "/tmp/a", "practices", "list"},
                new String[] {"--wokbook", "/tmp/a"})) {
            assertThat(WindowStart.of(args)).as(String.join(" ", args)).isEmpty();
        }
    }
}
