package org.practiceworkbook.store;

import java.util.ArrayList;

/** What deleting a practice or a round would take with it, for a confirmation that says what will be lost. */
public record DeletionImpact(long rounds, long respondents, long answers, long actions) {

    public boolean isEmpty() {
        return rounds + respondents + answers + actions == 0;
    }

    /** "2 assessment rounds, 14 respondents and 840 answers", leaving out what is zero; "" when all are. */
    public String describe() {
        var parts = new ArrayList<String>();
        add(parts, rounds, "assessment round");
        add(parts, respondents, "respondent");
        add(parts, answers, "answer");
        add(parts, actions, "action");
        if (parts.isEmpty()) {
            return "";
        }
        if (parts.size() == 1) {
            return parts.getFirst();
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.getLast();
    }

    private static void add(ArrayList<String> parts, long count, String noun) {
        if (count > 0) {
            parts.add(String.format("%,d %s%s", count, noun, count == 1 ? "" : "s"));
        }
    }
}
