package org.practiceworkbook.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practiceworkbook.pack.PackReader;

/**
 * A saved answer survives the program being killed a moment later, again and again: another JVM saves answers one
 * commit at a time and says so after each; it is killed (as by the task manager, not a clean exit) mid-stream; the
 * workbook is reopened and every answer acknowledged so far is checked; saving goes on in a new process, which is
 * killed in turn, at a different point each round.
 */
class KillDuringSavesTest {

    @TempDir
    Path folder;

    @Test
    void every_acknowledged_answer_is_there_after_each_of_several_kills() throws Exception {
        Path file = folder.resolve("killed");
        long respondent = AnswerSaver.prepare(file);
        int acknowledged = 0;
        int[] savesBeforeKill = {150, 37, 260, 90};
        for (int round = 0; round < savesBeforeKill.length; round++) {
            int from = acknowledged + 1;
            int killAt = acknowledged + savesBeforeKill[round];
            try (var saver = ChildProcess.start(folder, AnswerSaver.class, file.toString(), String.valueOf(respondent),
                    String.valueOf(from))) {
                assertThat(saver.readUntil(line -> line.equals("saved " + killAt))).as("saving got going").isNotNull();
                saver.kill();   // while it is still saving, with no chance to close cleanly
                acknowledged = killAt;
            }
            try (Workbook workbook = Workbook.open(file, new PackReader())) {
                var held = workbook.answers().forRespondent(respondent, AnswerSaver.PACK);
                for (int i = 1; i <= acknowledged; i++) {
                    assertThat(held.get("item-" + i)).as("round " + round + ": acknowledged answer " + i).isNotNull()
                            .extracting(a -> a.note()).isEqualTo("note " + i);
                }
            }
        }
    }
}
