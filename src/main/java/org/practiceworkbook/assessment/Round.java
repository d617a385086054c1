package org.practiceworkbook.assessment;

import java.time.LocalDate;
import java.util.Objects;

/** An assessment round of one practice: "Baseline March 2027" on 2027-03-14, with the facts of that time. */
public record Round(long id, long practiceId, String label, LocalDate date, RoundFacts facts) {

    public static final int MAX_LABEL_LENGTH = 80;

    public Round {
        label = requireLabel(label);
        if (date == null) {
            throw new InvalidInputException("date", "the round needs a date");
        }
        facts = Objects.requireNonNullElse(facts, RoundFacts.NONE);
    }

    public static String requireLabel(String label) {
        String collapsed = Text.collapseSpaces(label);
        if (collapsed.isEmpty()) {
            throw new InvalidInputException("label", "the round's label is empty");
        }
        if (collapsed.length() > MAX_LABEL_LENGTH) {
            throw new InvalidInputException("label", "the round's label is longer than " + MAX_LABEL_LENGTH + " characters");
        }
        return collapsed;
    }

    public Round withLabel(String newLabel) {
        return new Round(id, practiceId, newLabel, date, facts);
    }

    public Round withDate(LocalDate newDate) {
        return new Round(id, practiceId, label, newDate, facts);
    }

    public Round withFacts(RoundFacts newFacts) {
        return new Round(id, practiceId, label, date, newFacts);
    }
}
