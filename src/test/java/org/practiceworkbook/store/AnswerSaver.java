package org.practiceworkbook.store;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;

import org.practiceworkbook.assessment.Answer;
import org.practiceworkbook.assessment.AnswerValue;
import org.practiceworkbook.assessment.OrganisationalModel;
import org.practiceworkbook.assessment.Role;
import org.practiceworkbook.assessment.RoundFacts;
import org.practiceworkbook.pack.PackReader;

/**
 * A copy of the program saving answers in a process of its own, for tests that kill it or open its workbook a second
 * time: saves answers item-FROM, item-FROM+1, ... one commit each and prints "saved N" after each commit. A line
 * "stop" on its input makes it close the workbook cleanly and print "closed".
 */
public final class AnswerSaver {

    public static final String PACK = "capacity";

    private AnswerSaver() {
    }

    /** Makes a workbook with one respondent to save answers for; returns the respondent's id. */
    public static long prepare(Path file) {
        try (Workbook workbook = Workbook.open(file, new PackReader())) {
            long practice = workbook.practices().add("Hillside", null, OrganisationalModel.PARTNERSHIP, null, null).id();
            long round = workbook.rounds().add(practice, "Baseline", LocalDate.of(2027, 3, 1), RoundFacts.NONE).id();
            return workbook.respondents().add(round, null, Role.PRACTICE_MANAGER).id();
        }
    }

    static Answer answer(int i) {
        return new Answer("item-" + i, AnswerValue.level(1 + i % 5), "note " + i, Instant.now());
    }

    /** args: workbook file, respondent id, first item number */
    public static void main(String[] args) throws IOException {
        try (Workbook workbook = Workbook.open(Path.of(args[0]), new PackReader())) {
            long respondent = Long.parseLong(args[1]);
            System.out.println("open");
            for (int i = Integer.parseInt(args[2]); i < 10_000_000; i++) {
                workbook.answers().save(respondent, PACK, answer(i));
                System.out.println("saved " + i);
                if (System.in.available() > 0) {
                    break;   // told to stop
                }
            }
        }
        System.out.println("closed");
    }
}
