package org.practiceworkbook.ui.actions;

import java.util.Comparator;

import org.practiceworkbook.assessment.PlannedAction;

/** The orders the plan can be sorted in; ties fall to the due date, then the order the actions were added. */
public enum ActionOrder {
    DUE("Due date", Comparator.comparing(PlannedAction::dueOn, Comparator.nullsLast(Comparator.naturalOrder()))),
    PRIORITY("Priority", Comparator.comparing(PlannedAction::priority)),
    STATUS("Status", Comparator.comparing(PlannedAction::status)),
    OWNER("Owner", Comparator.comparing(PlannedAction::owner,
            Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER))),
    TITLE("Title", Comparator.comparing(PlannedAction::title, String.CASE_INSENSITIVE_ORDER)),
    ADDED("Order added", Comparator.comparingLong(PlannedAction::id));

    private final String label;
    private final Comparator<PlannedAction> order;

    ActionOrder(String label, Comparator<PlannedAction> first) {
        this.label = label;
        this.order = first.thenComparing(PlannedAction::dueOn, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingLong(PlannedAction::id);
    }

    Comparator<ActionRow> rows() {
        return Comparator.comparing(ActionRow::action, order);
    }

    @Override
    public String toString() {
        return label;
    }
}
