package org.practiceworkbook.ui.common;

import java.util.function.BooleanSupplier;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.input.InputEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;

/**
 * Keeps the keyboard where typing starts on a new screen or dialog. JavaFX hands focus to a button a pulse or more
 * after a scene appears (later still on a busy machine); until the person first presses a key or the mouse, any move
 * of focus onto a button is sent back.
 */
public final class FirstFocus {

    private FirstFocus() {
    }

    /**
     * @param stillWanted whether the place is still on show (a screen may have been left meanwhile)
     * @param refocus     puts the keyboard back where typing starts
     */
    public static void holdUntilPersonActs(Scene scene, BooleanSupplier stillWanted, Runnable refocus) {
        ChangeListener<Node> redirect = (owner, was, is) -> {
            if (is instanceof Button && stillWanted.getAsBoolean()) {
                Platform.runLater(refocus);
            }
        };
        scene.focusOwnerProperty().addListener(redirect);
        EventHandler<InputEvent> personActs = new EventHandler<>() {
            @Override
            public void handle(InputEvent event) {
                scene.focusOwnerProperty().removeListener(redirect);
                scene.removeEventFilter(KeyEvent.KEY_PRESSED, this);
                scene.removeEventFilter(MouseEvent.MOUSE_PRESSED, this);
            }
        };
        scene.addEventFilter(KeyEvent.KEY_PRESSED, personActs);
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, personActs);
    }
}
