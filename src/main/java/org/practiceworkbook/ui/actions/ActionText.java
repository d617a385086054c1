package org.practiceworkbook.ui.actions;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.practiceworkbook.assessment.ActionFollowThrough;
import org.practiceworkbook.assessment.PlannedAction;

/** An action's facts in words, shared by the screen and the printed plan. Overdue is said, never only coloured. */
final class ActionText {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private ActionText() {
    }

    static boolean isOverdue(PlannedAction action, LocalDate today) {
        return !ActionFollowThrough.overdue(List.of(action), today).isEmpty();
    }

    /** The due date for a narrow column: the warning on a line of its own above the date. */
    static String dueLines(PlannedAction action, LocalDate today) {
        if (action.dueOn() == null) {
            return "No date";
        }
        return (isOverdue(action, today) ? "\u26a0 Overdue\n" : "") + DAY.format(action.dueOn());
    }

    /** Owner, anchor, due date, priority and status on one line. */
    static String facts(PlannedAction action, LocalDate today) {
        var parts = new ArrayList<String>();
        if (action.owner() != null) {
            parts.add("Owner: " + action.owner());
        }
        if (action.anchor() != null) {
            parts.add("Anchor: " + action.anchor());
        }
        parts.add(action.dueOn() == null ? "No due date" : "Due " + DAY.format(action.dueOn())
                + (isOverdue(action, today) ? " (\u26a0 overdue)" : ""));
        parts.add(action.priority().label() + " priority");
        parts.add(action.status().label());
        return String.join(" \u00b7 ", parts);
    }
}
