package org.practiceworkbook.ui.common;

import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** Asks before something that cannot be undone. Cancel is the default, so Enter never deletes by accident. */
public final class Confirmation {

    private Confirmation() {
    }

    public static boolean confirm(Window owner, String id, String heading, String details, String actionText) {
        var alert = new Alert(Alert.AlertType.CONFIRMATION);
        alert.initOwner(owner);
        alert.setTitle(heading);
        alert.setHeaderText(heading);
        alert.setContentText(details);
        alert.getDialogPane().setId(id);
        var act = new ButtonType(actionText, ButtonBar.ButtonData.OK_DONE);
        alert.getButtonTypes().setAll(act, ButtonType.CANCEL);
        var actButton = (Button) alert.getDialogPane().lookupButton(act);
        actButton.setId(id + "-accept");
        actButton.setDefaultButton(false);
        actButton.getStyleClass().add("danger");
        var cancel = (Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL);
        cancel.setId(id + "-cancel");
        cancel.setDefaultButton(true);
        return alert.showAndWait().filter(act::equals).isPresent();
    }
}
