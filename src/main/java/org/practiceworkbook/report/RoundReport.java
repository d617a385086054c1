package org.practiceworkbook.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.practiceworkbook.assessment.Headlines;
import org.practiceworkbook.assessment.InvalidInputException;
import org.practiceworkbook.assessment.ItemRef;
import org.practiceworkbook.assessment.PlannedAction;
import org.practiceworkbook.assessment.Practice;
import org.practiceworkbook.assessment.Respondent;
import org.practiceworkbook.assessment.Round;
import org.practiceworkbook.assessment.RoundResults;
import org.practiceworkbook.assessment.SectionTrend;
import org.practiceworkbook.questionnaire.Item;
import org.practiceworkbook.store.RoundReading;
import org.practiceworkbook.store.Workbook;

/**
 * Everything the report says about one round, read from the workbook in one go the way the results screen reads it
 * (so partners-only sections stay out unless the round included them): each questionnaire answered, with its
 * sections' trends up to this round; who took part; and the practice's whole action plan but the dropped actions.
 *
 * @param questionnaires the questionnaires anyone answered in the round, in the order the round took them up
 * @param people         everyone who answered any of them, once each, in the order they joined the round
 * @param actions        the plan without dropped actions: open ones first, by priority and due date
 * @param items          the statements of the items actions are linked to, for the plan's "answers" column
 */
public record RoundReport(Practice practice, Round round, Optional<Round> previous,
                          List<Headlines.Input> questionnaires, List<Respondent> people, List<PlannedAction> actions,
                          Map<ItemRef, String> items) {

    public RoundReport {
        questionnaires = List.copyOf(questionnaires);
        people = List.copyOf(people);
        actions = List.copyOf(actions);
        items = Map.copyOf(items);
    }

    public List<RoundResults> results() {
        return questionnaires.stream().map(Headlines.Input::results).toList();
    }

    /** Reads a round; refuses one nobody has answered in, since a report of it would be empty. */
    public static RoundReport read(Workbook workbook, Practice practice, Round round) {
        var questionnaires = new ArrayList<Headlines.Input>();
        var people = new LinkedHashMap<Long, Respondent>();
        for (var ref : workbook.rounds().questionnaires(round.id())) {
            var history = new ArrayList<RoundResults>();
            for (var read : RoundReading.history(workbook, practice, ref.id())) {
                history.add(read.reading().results(practice));
                if (read.round().id() == round.id()) {
                    break;
                }
            }
            RoundResults results = history.getLast();
            if (!results.people().isEmpty()) {
                questionnaires.add(new Headlines.Input(results, SectionTrend.of(history)));
                results.people().forEach(p -> people.putIfAbsent(p.id(), p));
            }
        }
        if (questionnaires.isEmpty()) {
            throw new InvalidInputException("round", "nobody has answered in " + round.label() + " yet, so there is "
                    + "nothing to report");
        }
        var ordered = people.values().stream().sorted(Comparator.comparingLong(Respondent::id)).toList();
        var actions = plan(workbook.actions().list(practice.id()));
        return new RoundReport(practice, round, previous(workbook, practice, round), questionnaires, ordered, actions,
                statements(workbook, questionnaires, actions));
    }

    private static Optional<Round> previous(Workbook workbook, Practice practice, Round round) {
        var comparator = Comparator.comparing(Round::date).thenComparing(Round::id);
        return workbook.rounds().list(practice.id()).stream().filter(r -> comparator.compare(r, round) < 0)
                .max(comparator);
    }

    /** Open actions first (most urgent, then soonest due), done ones after; dropped ones are not part of the plan. */
    static List<PlannedAction> plan(List<PlannedAction> all) {
        Comparator<PlannedAction> order = Comparator
                .comparing((PlannedAction a) -> a.status() == PlannedAction.Status.DONE)
                .thenComparing(PlannedAction::priority)
                .thenComparing(PlannedAction::dueOn, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingLong(PlannedAction::id);
        return all.stream().filter(a -> a.status() != PlannedAction.Status.DROPPED).sorted(order).toList();
    }

    /** Statements from the round's questionnaires, else from the newest version held of the pack. */
    private static Map<ItemRef, String> statements(Workbook workbook, List<Headlines.Input> questionnaires,
                                                   List<PlannedAction> actions) {
        var out = new HashMap<ItemRef, String>();
        var loaded = new HashMap<String, Map<String, String>>();
        questionnaires.forEach(q -> loaded.put(q.results().questionnaire().id(), byId(q.results().questionnaire()
                .items().toList())));
        for (PlannedAction action : actions) {
            for (ItemRef ref : action.linkedItems()) {
                var pack = loaded.computeIfAbsent(ref.packId(), id -> workbook.packs().latest(id)
                        .map(v -> byId(workbook.packs().load(v).items().toList())).orElse(Map.of()));
                String statement = pack.get(ref.itemId());
                if (statement != null) {
                    out.put(ref, statement);
                }
            }
        }
        return out;
    }

    private static Map<String, String> byId(List<Item> items) {
        var out = new HashMap<String, String>();
        items.forEach(i -> out.put(i.id(), i.statement()));
        return out;
    }
}
