package org.practiceworkbook.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practiceworkbook.assessment.Answer;
import org.practiceworkbook.assessment.AnswerValue;
import org.practiceworkbook.assessment.OrganisationalModel;
import org.practiceworkbook.assessment.Role;
import org.practiceworkbook.assessment.RoundFacts;
import org.practiceworkbook.pack.PackReader;

/**
 * A saved answer survives the program being killed a moment later: another JVM saves answers one commit at a time
 * and says so after each; it is killed (as by the task manager, not a clean exit) mid-stream; every answer it
 * acknowledged is in the workbook afterwards.
 */
class KillDuringSavesTest {

    @TempDir
    Path folder;

    @Test
    void every_acknowledged_answer_is_there_after_the_process_is_killed() throws Exception {
        Path file = folder.resolve("killed");
        long respondent;
        try (Workbook workbook = Workbook.open(file, new PackReader())) {
            long practice = workbook.practices().add("Hillside", null, OrganisationalModel.PARTNERSHIP, null, null).id();
            long round = workbook.rounds().add(practice, "Baseline", LocalDate.of(2027, 3, 1), RoundFacts.NONE).id();
            respondent = workbook.respondents().add(round, null, Role.PRACTICE_MANAGER).id();
        }

        int acknowledged = 0;
        Process saver = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Saver.class.getName(), file.toString(),
                String.valueOf(respondent)).redirectErrorStream(true).start();
        try (var lines = new BufferedReader(new InputStreamReader(saver.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.startsWith("saved ")) {
                    acknowledged = Integer.parseInt(line.substring(6));
                    if (acknowledged >= 300) {
                        saver.destroyForcibly();   // while it is still saving, with no chance to close cleanly
                        break;
                    }
                }
            }
        }
        saver.waitFor();

        assertThat(acknowledged).as("the saver got going").isGreaterThanOrEqualTo(300);
        try (Workbook workbook = Workbook.open(file, new PackReader())) {
            var held = workbook.answers().forRespondent(respondent, "capacity");
            for (int i = 1; i <= acknowledged; i++) {
                assertThat(held).as("acknowledged answer " + i).containsKey("item-" + i);
            }
        }
    }

    /** The process that is killed: saves answers item-1, item-2, ... and prints "saved N" after each commit. */
    static final class Saver {
        public static void main(String[] args) {
            try (Workbook workbook = Workbook.open(Path.of(args[0]), new PackReader())) {
                long respondent = Long.parseLong(args[1]);
                for (int i = 1; i < 1_000_000; i++) {
                    workbook.answers().save(respondent, "capacity",
                            new Answer("item-" + i, AnswerValue.level(1 + i % 5), "note " + i, Instant.now()));
                    System.out.println("saved " + i);
                }
            }
        }
    }
}
