package org.practiceworkbook.ui.password;

import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.IntSupplier;

import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.input.InputEvent;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * Hides a workbook with a password behind its password, for a manager called away from the desk: at once (File >
 * Lock) or after the chosen minutes without a key press or mouse move. The window's whole content is taken out of the
 * scene, menus and their shortcuts with it, so nothing of the workbook can be seen or reached by keyboard until the
 * right password is typed.
 */
public final class WindowLock {

    /** For tests only: how long a "minute" of idleness lasts, in milliseconds. */
    static final String MINUTE_PROPERTY = "practiceworkbook.lock-minute-ms";

    private final Parent content;
    private final String workbookName;
    private final BiConsumer<String, Consumer<Boolean>> check;
    private final Runnable beforeLocking;
    private final IntSupplier minutes;
    private final ReadOnlyBooleanWrapper locked = new ReadOnlyBooleanWrapper(this, "locked", false);
    private final PauseTransition idle = new PauseTransition();
    private final PasswordField password = new PasswordField();
    private final Label problem = new Label();
    private final Button unlock = new Button("Unlock");
    private VBox pane;
    private Scene scene;

    /**
     * @param content       the window's content, the scene's root while unlocked
     * @param check         tells, off the FX thread, whether a password is the workbook's
     * @param beforeLocking saves what is being typed and closes what shows the workbook elsewhere (the projector)
     * @param minutes       the idle minutes chosen now; 0 for never
     */
    public WindowLock(Parent content, String workbookName, BiConsumer<String, Consumer<Boolean>> check,
                      Runnable beforeLocking, IntSupplier minutes) {
        this.content = content;
        this.workbookName = workbookName;
        this.check = check;
        this.beforeLocking = beforeLocking;
        this.minutes = minutes;
    }

    /** Locks after the chosen idle time: any key or mouse event in the window starts the count again. */
    public void watchIdle() {
        idle.setOnFinished(e -> lock());
        content.addEventFilter(InputEvent.ANY, e -> restartIdle());
        content.sceneProperty().addListener((o, was, is) -> {
            if (is == null) {
                idle.stop();    // replaced by another workbook's window, or locked
            } else {
                restartIdle();
            }
        });
    }

    private void restartIdle() {
        int chosen = minutes.getAsInt();
        if (chosen <= 0) {
            idle.stop();
            return;
        }
        idle.setDuration(Duration.millis(chosen * (double) Long.getLong(MINUTE_PROPERTY, 60_000L)));
        idle.playFromStart();
    }

    public ReadOnlyBooleanProperty lockedProperty() {
        return locked.getReadOnlyProperty();
    }

    /** Hides the workbook behind the password prompt. */
    public void lock() {
        if (locked.get() || content.getScene() == null) {
            return;
        }
        beforeLocking.run();
        scene = content.getScene();
        var prompt = pane();
        prompt.getStyleClass().removeIf(c -> c.startsWith("text-"));
        content.getStyleClass().stream().filter(c -> c.startsWith("text-")).forEach(prompt.getStyleClass()::add);
        password.clear();
        problem.setVisible(false);
        unlock.setDisable(false);
        scene.setRoot(prompt);
        locked.set(true);
        password.requestFocus();
    }

    private void tryUnlock() {
        if (password.getText().isEmpty() || unlock.isDisabled()) {
            return;   // Enter reaches both the field and the default button: one check is enough
        }
        unlock.setDisable(true);
        password.setDisable(true);
        check.accept(password.getText(), right -> {
            unlock.setDisable(false);
            password.setDisable(false);
            if (right) {
                password.clear();
                locked.set(false);
                scene.setRoot(content);
            } else {
                password.clear();
                problem.setText("Wrong password");
                problem.setVisible(true);
                password.requestFocus();
            }
        });
    }

    private VBox pane() {
        if (pane != null) {
            return pane;
        }
        var heading = new Label("Locked");
        heading.getStyleClass().add("lock-heading");
        var explain = new Label(workbookName + " is locked. Type its password to go on working in it.");
        explain.setWrapText(true);
        password.setId("lock-password");
        password.setAccessibleText("Password");
        password.setPromptText("Password");
        password.setMaxWidth(Double.MAX_VALUE);
        password.setOnAction(e -> tryUnlock());
        problem.setId("lock-problem");
        problem.getStyleClass().add("password-warning");
        problem.setVisible(false);
        problem.managedProperty().bind(problem.visibleProperty());
        unlock.setId("lock-unlock");
        unlock.setDefaultButton(true);
        unlock.setOnAction(e -> tryUnlock());
        var label = new Label("Password");
        label.setLabelFor(password);
        var box = new VBox(heading, explain, problem, label, password, unlock);
        box.getStyleClass().add("lock-box");
        pane = new VBox(box);
        pane.setId("lock-screen");
        pane.getStyleClass().add("lock-screen");
        return pane;
    }
}
