package org.practiceworkbook.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practiceworkbook.Main;
import org.practiceworkbook.pack.PackReader;

/**
 * Two copies of the program on one workbook: while one process has it open and keeps saving, a second one (the
 * command line, or the store opened in another process) is told plainly that the workbook is open elsewhere, exits
 * non-zero and changes nothing; the first copy's answers are all there afterwards.
 */
class TwoCopiesTest {

    @TempDir
    Path folder;

    @Test
    void a_second_copy_is_told_the_workbook_is_open_elsewhere_and_the_first_copy_loses_nothing() throws Exception {
        Path file = folder.resolve("shared");
        long respondent = AnswerSaver.prepare(file);
        int acknowledged = 0;
        try (var first = ChildProcess.start(folder, AnswerSaver.class, file.toString(), String.valueOf(respondent), "1")) {
            assertThat(first.readUntil(line -> line.equals("saved 20"))).as("the first copy is saving").isNotNull();

            // This test's own process is a second copy opening through the store.
            assertThatThrownBy(() -> Workbook.open(file, new PackReader()))
                    .isInstanceOf(WorkbookInUseException.class)
                    .hasMessageContaining("is open in another copy of Practice Workbook")
                    .hasMessageContaining("close that copy first");

            // The command line, reading and writing, is a third.
            for (List<String> command : List.of(List.of("practices", "list"),
                    List.of("practices", "add", "Second copy surgery"))) {
                var args = new java.util.ArrayList<>(List.of("--workbook", file.toString()));
                args.addAll(command);
                try (var cli = ChildProcess.start(folder, Main.class, args.toArray(String[]::new))) {
                    List<String> said = cli.readToEnd();
                    assertThat(cli.waitFor()).as(command + " exits with an error").isEqualTo(1);
                    assertThat(said).as(command + " says why").containsExactly("practice-workbook: the workbook "
                            + WorkbookLocation.file(file) + " is open in another copy of Practice Workbook (perhaps in "
                            + "another window, or on another computer sharing the folder); close that copy first, then "
                            + "open it again here");
                }
            }

            assertThat(first.readUntil(line -> line.equals("saved 200"))).as("the first copy saved on").isNotNull();
            first.tell("stop");
            String line;
            while ((line = first.readUntil(l -> l.startsWith("saved ") || l.equals("closed"))) != null
                    && !line.equals("closed")) {
                acknowledged = Integer.parseInt(line.substring("saved ".length()));
            }
            assertThat(line).as("the first copy closed cleanly").isEqualTo("closed");
            assertThat(first.waitFor()).isZero();
        }

        try (Workbook workbook = Workbook.open(file, new PackReader())) {
            var held = workbook.answers().forRespondent(respondent, AnswerSaver.PACK);
            assertThat(acknowledged).isGreaterThanOrEqualTo(200);
            for (int i = 1; i <= acknowledged; i++) {
                assertThat(held.get("item-" + i)).as("answer " + i).isNotNull()
                        .extracting(a -> a.note()).isEqualTo("note " + i);
            }
            assertThat(workbook.practices().findByName("Second copy surgery")).as("nothing of the refused copy").isEmpty();
        }
    }
}
