package org.practiceworkbook.ui.common;

import javafx.scene.control.TextField;

/** Saves a text field when the person is done with it: on Enter, or when focus leaves it with a change. */
public final class Commit {

    private Commit() {
    }

    public static void onCommit(TextField field, Runnable save) {
        var lastSaved = new String[] {field.getText()};
        Runnable saveIfChanged = () -> {
            if (!field.getText().equals(lastSaved[0])) {
                lastSaved[0] = field.getText();
                save.run();
            }
        };
        field.setOnAction(e -> saveIfChanged.run());
        field.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                saveIfChanged.run();
            }
        });
        // A value set by the program (a new selection) is not a change to save.
        field.textProperty().addListener((o, was, is) -> {
            if (!field.isFocused()) {
                lastSaved[0] = is;
            }
        });
    }
}
