package org.practiceworkbook.ui.consensus;

import java.util.Locale;

import org.practiceworkbook.assessment.AnswerValue;
import org.practiceworkbook.assessment.ItemDiscussion;

/** The words a room reads about an item's spread and notes, the same on the screen and the projector. */
final class ConsensusText {

    private ConsensusText() {
    }

    /** "3 people scored 1 to 3 · ⚠ Disagreement: worth discussing" */
    static String spread(ItemDiscussion item) {
        var s = item.score().spread();
        if (s.count() == 0) {
            return "Nobody gave a level yet.";
        }
        String range = s.min() == s.max() ? "all scored " + s.min() : "scored " + s.min() + " to " + s.max();
        String mean = String.format(Locale.UK, "average %.1f", meanOfLevels(item));
        return s.count() + (s.count() == 1 ? " person " : " people ") + range + " · " + mean
                + (item.score().isDisagreement() ? " · ⚠ Disagreement: worth discussing" : " · Broad agreement");
    }

    /** The people's own average, which the spread describes; the item's score may be the agreed level instead. */
    private static double meanOfLevels(ItemDiscussion item) {
        int total = 0;
        int count = 0;
        for (int level = 1; level <= item.levelCounts().size(); level++) {
            total += level * item.count(level);
            count += item.count(level);
        }
        return count == 0 ? 0 : (double) total / count;
    }

    /** "Practice manager (scored 2): Slot lost most weeks", with the name only when the facilitator shows names. */
    static String noteLine(ItemDiscussion.Note note, boolean names) {
        String who = names && note.respondent().name() != null
                ? note.respondent().name() + " (" + note.respondent().role().label() + ")"
                : note.respondent().role().label();
        return who + " " + scored(note.value()) + ": " + note.text();
    }

    private static String scored(AnswerValue value) {
        return switch (value) {
            case AnswerValue.Level level -> "(scored " + level.value() + ")";
            case AnswerValue.NotApplicable _ -> "(not applicable)";
            case AnswerValue.DontKnow _ -> "(don't know)";
            case null -> "(no score)";
        };
    }

    /** "Agreed: 3 · Partly in place", or that nothing is agreed yet. */
    static String agreed(ItemDiscussion item, org.practiceworkbook.questionnaire.Questionnaire questionnaire) {
        return switch (item.consensus().map(c -> c.value()).orElse(null)) {
            case AnswerValue.Level level -> "Agreed: " + level.value() + " · " + questionnaire.levelLabel(level.value());
            case AnswerValue.NotApplicable _ -> "Agreed: not applicable";
            case AnswerValue.DontKnow _ -> "Agreed: don't know yet";
            case null -> "Not agreed yet";
        };
    }
}
