package org.practiceworkbook.ui.actions;

import java.time.LocalDate;
import java.util.List;

import org.practiceworkbook.assessment.ActionFollowThrough;
import org.practiceworkbook.assessment.PlannedAction;

/** Which actions the plan shows. */
public enum ActionFilter {
    OPEN("Open actions"), OVERDUE("Overdue"), DONE("Done"), DROPPED("Dropped"), ALL("All actions");

    private final String label;

    ActionFilter(String label) {
        this.label = label;
    }

    boolean shows(PlannedAction action, LocalDate today) {
        return switch (this) {
            case OPEN -> ActionFollowThrough.isOpen(action);
            case OVERDUE -> !ActionFollowThrough.overdue(List.of(action), today).isEmpty();
            case DONE -> action.status() == PlannedAction.Status.DONE;
            case DROPPED -> action.status() == PlannedAction.Status.DROPPED;
            case ALL -> true;
        };
    }

    @Override
    public String toString() {
        return label;
    }
}
