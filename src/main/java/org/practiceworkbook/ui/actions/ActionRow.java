package org.practiceworkbook.ui.actions;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import org.practiceworkbook.assessment.PlannedAction;

/** One action of the plan as the screen holds it: edited in place, so the table row and the editor stay one. */
public final class ActionRow {

    private final ReadOnlyObjectWrapper<PlannedAction> action = new ReadOnlyObjectWrapper<>(this, "action");

    ActionRow(PlannedAction action) {
        this.action.set(action);
    }

    public PlannedAction action() {
        return action.get();
    }

    public ReadOnlyObjectProperty<PlannedAction> actionProperty() {
        return action.getReadOnlyProperty();
    }

    void setAction(PlannedAction changed) {
        action.set(changed);
    }
}
