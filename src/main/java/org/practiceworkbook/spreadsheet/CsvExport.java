package org.practiceworkbook.spreadsheet;

import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;

import org.practiceworkbook.assessment.InvalidInputException;
import org.practiceworkbook.assessment.Practice;
import org.practiceworkbook.exchange.AtomicFile;
import org.practiceworkbook.store.Workbook;

/**
 * A practice's action plan or answers as a CSV file for Excel (see docs/csv-files.md). The file is written whole or
 * not at all; a practice with nothing to put in it is refused rather than given an empty sheet.
 */
public final class CsvExport {

    /** What a file holds. {@code token} is the word the command line uses. */
    public enum What {
        ACTIONS("actions", "action plan", "action"), ANSWERS("answers", "answers", "answer");

        private final String token;
        private final String description;
        private final String noun;

        What(String token, String description, String noun) {
            this.token = token;
            this.description = description;
            this.noun = noun;
        }

        public String token() {
            return token;
        }

        /** "action plan", "answers": for messages. */
        public String description() {
            return description;
        }

        /** "3 actions", "1 answer". */
        public String count(int n) {
            return n + " " + noun + (n == 1 ? "" : "s");
        }

        public static What fromToken(String text) {
            for (What what : values()) {
                if (what.token.equalsIgnoreCase(text == null ? "" : text.strip())) {
                    return what;
                }
            }
            throw new InvalidInputException("what", "\"" + text + "\" is not something to export; choose actions or "
                    + "answers");
        }
    }

    /** What was written: the file and how many rows (actions or answers) it holds under its header. */
    public record Summary(Path file, What what, int rows) {
    }

    private final Workbook workbook;

    public CsvExport(Workbook workbook) {
        this.workbook = workbook;
    }

    /**
     * The table for a practice.
     *
     * @param names whether people's names go in the answers file (otherwise "Person 1", "Person 2"…); actions carry
     *              the owner and anchor the practice typed either way
     * @param today for marking overdue actions
     */
    public CsvTable table(Practice practice, What what, boolean names, LocalDate today) {
        return switch (what) {
            case ACTIONS -> new ActionRows(workbook).table(practice, today);
            case ANSWERS -> new AnswerRows(workbook).table(practice, names);
        };
    }

    /**
     * Writes the file, whole or not at all.
     *
     * @throws InvalidInputException when the practice has nothing of this kind, the file exists and may not be
     *                               replaced, or it cannot be written; nothing is then written
     */
    public Summary write(Practice practice, What what, boolean names, LocalDate today, Path file, boolean replace) {
        AtomicFile.refuseIfExists(file, replace);
        CsvTable table = table(practice, what, names, today);
        if (table.rows().isEmpty()) {
            throw new InvalidInputException("practice", practice.name() + (what == What.ACTIONS
                    ? " has no actions in its plan yet" : " has no answers yet")
                    + ", so there is nothing to export; nothing was written");
        }
        AtomicFile.write(file, table.toBytes(), replace);
        return new Summary(file.toAbsolutePath(), what, table.rows().size());
    }

    /** A name that says what the file is: {@code riverside-surgery-action-plan-2027-03-14.csv}. */
    public static String suggestedFileName(Practice practice, What what, LocalDate today) {
        String plain = Normalizer.normalize(practice.name() + " " + what.description(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "") + "-" + today
                + ".csv";
    }
}
