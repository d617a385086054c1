package org.practiceworkbook.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.practiceworkbook.assessment.PlannedAction;
import org.practiceworkbook.report.pdf.A4Document;
import org.practiceworkbook.report.pdf.Table;
import org.practiceworkbook.report.pdf.TextStyle;

/**
 * The practice's whole action plan, from every round, but for dropped actions: what, why, who, by when and how the
 * practice will know it worked. Overdue actions say so in words, not by colour.
 */
final class ActionPlanChapter {

    private static final int LINKED_ITEM_LENGTH = 70;

    private final RoundReport report;
    private final LocalDate today;

    ActionPlanChapter(RoundReport report, LocalDate today) {
        this.report = report;
        this.today = today;
    }

    void write(A4Document document) {
        document.heading("Action plan", TextStyle.HEADING_1);
        var actions = report.actions();
        if (actions.isEmpty()) {
            document.paragraph("No actions have been agreed yet. The items to act on first in each questionnaire's "
                    + "chapter are a place to start.", TextStyle.BODY);
            return;
        }
        long open = actions.stream().filter(a -> a.status() != PlannedAction.Status.DONE).count();
        long overdue = actions.stream().filter(this::overdue).count();
        document.paragraph(actions.size() + (actions.size() == 1 ? " action" : " actions") + " from every round, "
                + open + " still open" + (overdue > 0 ? ", " + overdue + " overdue" : "") + ". Open actions come "
                + "first, the most urgent at the top; dropped actions are left out.", TextStyle.BODY);
        document.space(8);
        var table = new Table(Table.Column.of("Action", 3.7f), Table.Column.of("Answers the items", 2.3f),
                Table.Column.of("Owner and anchor", 1.8f), Table.Column.of("Due, priority, status", 2f),
                Table.Column.of("Success measure", 2.4f));
        for (PlannedAction action : actions) {
            table.row(Table.Cell.titled(action.title(), action.description()),
                    Table.Cell.of(linked(action)), people(action), when(action),
                    Table.Cell.of(action.successMeasure() == null ? "–" : action.successMeasure()));
        }
        document.table(table);
    }

    private boolean overdue(PlannedAction action) {
        return action.dueOn() != null && action.dueOn().isBefore(today)
                && action.status() != PlannedAction.Status.DONE;
    }

    private String linked(PlannedAction action) {
        if (action.linkedItems().isEmpty()) {
            return "–";
        }
        return action.linkedItems().stream().map(ref -> "\u2022 " + shortened(report.items().getOrDefault(ref,
                ref.packId() + " " + ref.itemId()))).collect(Collectors.joining("\n"));
    }

    /** Enough of a statement to recognise it; the questionnaire's chapter has it whole. */
    static String shortened(String statement) {
        if (statement.length() <= LINKED_ITEM_LENGTH) {
            return statement;
        }
        int cut = statement.lastIndexOf(' ', LINKED_ITEM_LENGTH);
        return statement.substring(0, cut > 0 ? cut : LINKED_ITEM_LENGTH).replaceAll("[,;:.\\s]+$", "") + "\u2026";
    }

    private static Table.Cell people(PlannedAction action) {
        var runs = new ArrayList<Table.Run>();
        runs.add(new Table.Run(action.owner() == null ? "No owner yet" : action.owner(), TextStyle.TABLE));
        if (action.anchor() != null && !action.anchor().equals(action.owner())) {
            runs.add(new Table.Run("Anchor: " + action.anchor(), TextStyle.TABLE.withColour(TextStyle.MUTED)));
        }
        return new Table.Cell(runs);
    }

    private Table.Cell when(PlannedAction action) {
        var runs = new ArrayList<Table.Run>();
        if (overdue(action)) {
            runs.add(new Table.Run("Overdue: " + ReportText.date(action.dueOn()), TextStyle.TABLE_BOLD));
        } else {
            runs.add(new Table.Run(action.dueOn() == null ? "No date yet" : ReportText.date(action.dueOn()),
                    TextStyle.TABLE));
        }
        runs.add(new Table.Run(action.priority().label() + " priority", TextStyle.TABLE));
        runs.add(new Table.Run(action.status().label(), TextStyle.TABLE));
        if (action.reviewOn() != null) {
            runs.add(new Table.Run("Review " + ReportText.date(action.reviewOn()),
                    TextStyle.TABLE.withColour(TextStyle.MUTED)));
        }
        return new Table.Cell(List.copyOf(runs));
    }
}
