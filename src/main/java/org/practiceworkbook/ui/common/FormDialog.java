package org.practiceworkbook.ui.common;

import java.util.Optional;
import java.util.function.Supplier;

import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * A small modal form: labelled fields, an error line, and an OK button that stays put until the check passes.
 * The check returns the message to show, or empty when the form may be accepted.
 */
public final class FormDialog {

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final GridPane grid = Forms.grid();
    private final Label error = new Label();
    private final ButtonType accept;

    public FormDialog(Window owner, String id, String title, String acceptText) {
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.getDialogPane().setId(id);
        Forms.matchTextSize(owner, dialog.getDialogPane());
        accept = new ButtonType(acceptText, ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(accept, ButtonType.CANCEL);
        error.setId(id + "-error");
        error.getStyleClass().add("form-error");
        error.setWrapText(true);
        error.setManaged(false);
        error.visibleProperty().addListener((o, was, is) -> error.setManaged(is));
        error.setVisible(false);
        var content = new VBox(grid, error);
        content.getStyleClass().add("form-dialog");
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().lookupButton(accept).setId(id + "-accept");
        dialog.getDialogPane().lookupButton(ButtonType.CANCEL).setId(id + "-cancel");
    }

    /**
     * Marks the form's action as one that cannot be undone: shown as dangerous, and Cancel is the default, so Enter
     * never takes it by accident (as {@link Confirmation#confirm}).
     */
    public void dangerous() {
        var ok = (Button) dialog.getDialogPane().lookupButton(accept);
        ok.setDefaultButton(false);
        ok.getStyleClass().add("danger");
        ((Button) dialog.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
    }

    /** Adds a labelled field, tied to its label and named for screen readers. */
    public <T extends Control> T field(String labelText, T field, String id, String help) {
        return Forms.row(grid, labelText, field, id, help);
    }

    /** Adds a field under its label, for labels too long to stand beside it. */
    public <T extends Control> T stackedField(String labelText, T field, String id, String help) {
        return Forms.stackedRow(grid, labelText, field, id, help);
    }

    /**
     * Adds a control that names itself (a check box's own text), across the whole form, wrapping rather than being
     * cut short at large text.
     */
    public <T extends javafx.scene.control.Labeled> T wideField(T field, String id, String help) {
        field.setId(id);
        field.setAccessibleText(field.getText());
        field.setAccessibleHelp(help);
        field.setWrapText(true);
        field.setMaxWidth(Double.MAX_VALUE);
        field.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        grid.add(field, 0, grid.getRowCount(), 2, 1);
        return field;
    }

    /** Adds a node across the whole form: a row of buttons that act on the field above it. */
    public void wide(Node node) {
        grid.add(node, 0, grid.getRowCount(), 2, 1);
    }

    /** Adds a line of explanation across the form. */
    public void note(String text) {
        var note = new Label(text);
        note.setWrapText(true);
        note.getStyleClass().add("form-note");
        grid.add(note, 0, grid.getRowCount(), 2, 1);
    }

    /**
     * A dialog hands focus to its default button after it opens; the first field should have it, so a keyboard user
     * can start typing at once. Until the person first presses a key or the mouse in the dialog, any move of focus
     * onto a button is sent back to the first field.
     */
    private void startAt(Node firstFocus) {
        FirstFocus.holdUntilPersonActs(dialog.getDialogPane().getScene(), () -> true, firstFocus::requestFocus);
        dialog.setOnShown(e -> firstFocus.requestFocus());
    }

    /** Shows the form until it is accepted with the check passing (true) or cancelled (false). */
    public boolean showAndWait(Supplier<Optional<String>> check, Node firstFocus) {
        Button ok = (Button) dialog.getDialogPane().lookupButton(accept);
        ok.addEventFilter(ActionEvent.ACTION, event -> {
            Optional<String> problem = check.get();
            problem.ifPresent(message -> {
                error.setText(message);
                error.setVisible(true);
                event.consume();
            });
        });
        startAt(firstFocus);
        return dialog.showAndWait().filter(accept::equals).isPresent();
    }
}
