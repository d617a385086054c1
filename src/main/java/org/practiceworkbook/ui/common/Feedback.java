package org.practiceworkbook.ui.common;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.practiceworkbook.assessment.InvalidInputException;
import org.practiceworkbook.store.StoreException;

/** The window's quiet status line: "Saved", or what went wrong, in words. */
public final class Feedback {

    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper problem = new ReadOnlyBooleanWrapper(this, "problem", false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);

    /** Long work has started ("Reading riverside.pwb…"); the next saved or failed ends it. */
    public void working(String what) {
        problem.set(false);
        busy.set(true);
        message.set(what);
    }

    public void saved(String what) {
        busy.set(false);
        problem.set(false);
        message.set(what);
    }

    public void failed(Exception e) {
        busy.set(false);
        problem.set(true);
        message.set(describe(e));
    }

    /** Whether long work is under way, for a progress indicator. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The words for a failure: input and store problems carry their own; anything else is unexpected. */
    public static String describe(Exception e) {
        if (e instanceof InvalidInputException || e instanceof StoreException) {
            return capitalise(e.getMessage());
        }
        return "Something unexpected went wrong (" + e.getClass().getSimpleName() + "). Nothing was changed.";
    }

    private static String capitalise(String text) {
        return text == null || text.isEmpty() ? "" : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
