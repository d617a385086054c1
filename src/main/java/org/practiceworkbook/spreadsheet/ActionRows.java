package org.practiceworkbook.spreadsheet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.practiceworkbook.assessment.ActionFollowThrough;
import org.practiceworkbook.assessment.ItemRef;
import org.practiceworkbook.assessment.PlannedAction;
import org.practiceworkbook.assessment.Practice;
import org.practiceworkbook.assessment.Round;
import org.practiceworkbook.store.Workbook;

/**
 * A practice's action plan as a table, one row per action in the order they were added, dropped ones included (this
 * is the practice's own record; the status says which). The first ten columns are the ones the issue names, so a
 * spreadsheet someone has built on them keeps working; the rest help a reader: what the linked items say, whether
 * the action is overdue, the round that prompted it, and the id that stays the action's own across exports.
 */
final class ActionRows {

    static final List<String> HEADER = List.of("title", "description", "linked_items", "owner", "anchor", "due_date",
            "priority", "status", "success_measure", "review_date", "linked_item_statements", "overdue",
            "origin_round", "origin_round_date", "id");

    private final Workbook workbook;
    private final ItemTexts items;

    ActionRows(Workbook workbook) {
        this.workbook = workbook;
        this.items = new ItemTexts(workbook);
    }

    CsvTable table(Practice practice, LocalDate today) {
        Map<Long, Round> rounds = workbook.rounds().list(practice.id()).stream()
                .collect(Collectors.toMap(Round::id, Function.identity()));
        var rows = new ArrayList<List<String>>();
        for (PlannedAction action : workbook.actions().list(practice.id())) {
            Round origin = action.originRoundId() == null ? null : rounds.get(action.originRoundId());
            rows.add(java.util.Arrays.asList(action.title(), action.description(), ids(action.linkedItems()),
                    action.owner(), action.anchor(), Cells.date(action.dueOn()), action.priority().label(),
                    action.status().label(), action.successMeasure(), Cells.date(action.reviewOn()),
                    statements(action.linkedItems()), overdue(action, today),
                    origin == null ? null : origin.label(), origin == null ? null : Cells.date(origin.date()),
                    action.publicId().toString()));
        }
        return new CsvTable(HEADER, rows);
    }

    /** Item ids joined with "; ", as they appear in the questionnaires and the other files. */
    private static String ids(List<ItemRef> linked) {
        return linked.stream().map(ItemRef::itemId).collect(Collectors.joining("; "));
    }

    /** "Section: statement" for each linked item, one to a line within the cell. */
    private String statements(List<ItemRef> linked) {
        return linked.stream().map(ref -> items.find(ref)
                        .map(found -> found.section().title() + ": " + found.item().statement())
                        .orElse(ref.itemId() + " (no longer in any questionnaire the workbook holds)"))
                .collect(Collectors.joining("\n"));
    }

    /** "yes" for an open action past its due date, so a spreadsheet filter finds them; empty otherwise. */
    private static String overdue(PlannedAction action, LocalDate today) {
        return ActionFollowThrough.overdue(List.of(action), today).isEmpty() ? "" : "yes";
    }
}
