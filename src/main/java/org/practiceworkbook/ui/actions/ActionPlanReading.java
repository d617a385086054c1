package org.practiceworkbook.ui.actions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.practiceworkbook.assessment.ActionFollowThrough;
import org.practiceworkbook.assessment.ActionSuggestion;
import org.practiceworkbook.assessment.ItemRef;
import org.practiceworkbook.assessment.PlannedAction;
import org.practiceworkbook.assessment.Practice;
import org.practiceworkbook.assessment.Round;
import org.practiceworkbook.store.RoundReading;
import org.practiceworkbook.store.Workbook;

/**
 * Everything the action plan needs, read from the workbook in one go on the store thread: the plan, the round the
 * practice is at and what its review still has to decide, the priority cap, the suggestions from each
 * questionnaire's newest answered round, and the words of every item an action may be linked to.
 */
record ActionPlanReading(List<PlannedAction> plan, Optional<Round> current, List<PlannedAction> toReview,
                         int priorityCap, List<Suggestions> suggestions, Map<ItemRef, String> statements) {

    /** A questionnaire's suggestions from the round they were drawn from, most pressing first. */
    record Suggestions(String packId, String title, Round round, List<ActionSuggestion> items) {
    }

    static ActionPlanReading read(Workbook workbook, Practice practice) {
        var plan = workbook.actions().list(practice.id());
        var rounds = workbook.rounds().list(practice.id());
        var current = ActionFollowThrough.currentRound(rounds);
        var toReview = current.map(round -> ActionFollowThrough.toReview(plan, round, rounds,
                workbook.actions().reviewedAt(round.id()).keySet())).orElse(List.of());
        var newestFirst = new ArrayList<>(rounds);
        newestFirst.sort(Comparator.comparing(Round::date).thenComparingLong(Round::id).reversed());

        var suggestions = new ArrayList<Suggestions>();
        var statements = new LinkedHashMap<ItemRef, String>();
        for (String packId : packsUsed(workbook, newestFirst)) {
            for (Round round : newestFirst) {
                var reading = RoundReading.read(workbook, round, packId);
                reading.questionnaire().items().forEach(item ->
                        statements.putIfAbsent(new ItemRef(packId, item.id()), item.statement()));
                if (!reading.people().isEmpty()) {
                    suggestions.add(new Suggestions(packId, reading.questionnaire().title(), round,
                            ActionSuggestion.from(reading.results(practice))));
                    break;
                }
            }
        }
        return new ActionPlanReading(plan, current, toReview, workbook.actions().priorityCap(practice.id()),
                suggestions, statements);
    }

    /** The questionnaires the practice's rounds have used, in the order the newest rounds used them. */
    private static List<String> packsUsed(Workbook workbook, List<Round> newestFirst) {
        var ids = new java.util.LinkedHashSet<String>();
        for (Round round : newestFirst) {
            workbook.rounds().questionnaires(round.id()).forEach(ref -> ids.add(ref.id()));
        }
        return List.copyOf(ids);
    }
}
