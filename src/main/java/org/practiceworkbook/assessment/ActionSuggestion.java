package org.practiceworkbook.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An item worth acting on, with the questionnaire's suggested actions for it: the starting point a practice edits,
 * never a final answer. Ranked by {@link ActionRanking}: largest gap to target, then disagreement, then lowest score.
 */
public record ActionSuggestion(ItemRef item, String statement, String section, ItemScore score,
                               List<String> suggestedActions) {

    public ActionSuggestion {
        suggestedActions = List.copyOf(suggestedActions);
    }

    /** The practice's suggestions from a round's results, most pressing first. */
    public static List<ActionSuggestion> from(RoundResults results) {
        var scores = results.items().stream().map(ItemDiscussion::score).toList();
        return ActionRanking.rank(scores).stream().map(score -> {
            var discussed = results.items().stream().filter(d -> d.score() == score).findFirst().orElseThrow();
            return new ActionSuggestion(new ItemRef(results.questionnaire().id(), score.item().id()),
                    score.item().statement(), discussed.section().title(), score, score.item().suggestedActions());
        }).toList();
    }

    /**
     * An editable action drafted from one of the suggested actions: linked to this item, prompted by the round, its
     * description saying why. High priority when the item is furthest from its target (a whole level or more).
     */
    public PlannedAction draft(String suggestedAction, long practiceId, Long roundId, UUID id) {
        String why = "Why: \u201c" + statement.replaceAll("[.\\s]+$", "") + "\u201d is at "
                + score.score().stream().mapToObj(ActionSuggestion::level).findFirst().orElse("no level yet")
                + (score.target().isPresent() ? ", target " + score.target().getAsInt() : "")
                + (score.isDisagreement() ? ", and the team disagreed about it" : "") + ".";
        var priority = score.gap().orElse(0) >= 1 ? PlannedAction.Priority.HIGH : PlannedAction.Priority.MEDIUM;
        return new PlannedAction(0, id, practiceId, roundId, suggestedAction, why, null, null, null, priority,
                PlannedAction.Status.NOT_STARTED, null, null, List.of(item));
    }

    private static String level(double level) {
        return "level " + (Math.abs(level - Math.rint(level)) < 0.05 ? String.valueOf((long) Math.rint(level))
                : String.format(java.util.Locale.UK, "%.1f", level));
    }

    /** A blank action, for what the questionnaire did not suggest. */
    public static PlannedAction blank(String title, long practiceId, Long roundId, UUID id, LocalDate dueOn) {
        return new PlannedAction(0, id, practiceId, roundId, title, null, null, null, dueOn, PlannedAction.Priority.MEDIUM,
                PlannedAction.Status.NOT_STARTED, null, null, List.of());
    }
}
