package org.practiceworkbook.ui.common;

import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

import org.practiceworkbook.store.DeletionImpact;

/** Asks before something that cannot be undone. Cancel is the default, so Enter never deletes by accident. */
public final class Confirmation {

    private Confirmation() {
    }

    /**
     * Asks before deleting something, saying what goes with it: "This permanently deletes Riverside Surgery with its
     * 2 assessment rounds, 14 respondents and 840 answers."
     *
     * @param subject    what is deleted, as it reads in a sentence ("the round Baseline")
     * @param nothingYet said instead of the losses when nothing has been recorded yet
     */
    public static boolean confirmDeletion(Window owner, String id, String heading, String subject, String nothingYet,
                                          DeletionImpact impact, String actionText) {
        String details = impact.isEmpty()
                ? "This deletes " + subject + ". " + nothingYet
                : "This permanently deletes " + subject + " with its " + impact.describe() + ". This cannot be undone.";
        return confirm(owner, id, heading, details, actionText);
    }

    /** Asks before something that cannot be undone: Cancel is the default, the action shown as dangerous. */
    public static boolean confirm(Window owner, String id, String heading, String details, String actionText) {
        return ask(owner, id, heading, details, actionText, true);
    }

    /** Offers a next step that harms nothing: the step is the default button, Enter takes it. */
    public static boolean offer(Window owner, String id, String heading, String details, String actionText) {
        return ask(owner, id, heading, details, actionText, false);
    }

    private static boolean ask(Window owner, String id, String heading, String details, String actionText,
                               boolean destructive) {
        var alert = new Alert(Alert.AlertType.CONFIRMATION);
        alert.initOwner(owner);
        alert.setTitle(heading);
        alert.setHeaderText(heading);
        alert.setContentText(details);
        alert.getDialogPane().setId(id);
        Forms.matchTextSize(owner, alert.getDialogPane());
        var act = new ButtonType(actionText, ButtonBar.ButtonData.OK_DONE);
        alert.getButtonTypes().setAll(act, ButtonType.CANCEL);
        var actButton = (Button) alert.getDialogPane().lookupButton(act);
        actButton.setId(id + "-accept");
        actButton.setDefaultButton(!destructive);
        if (destructive) {
            actButton.getStyleClass().add("danger");
        }
        var cancel = (Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL);
        cancel.setId(id + "-cancel");
        cancel.setDefaultButton(destructive);
        return alert.showAndWait().filter(act::equals).isPresent();
    }
}
