package org.practiceworkbook.ui;

import javafx.animation.AnimationTimer;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * The moment a window's first frame is on screen, as a person would see it.
 *
 * <p>{@code WINDOW_SHOWN} fires inside {@code Stage.show()}, before anything is drawn. The next pulse lays the scene
 * out and, at its end, hands the frame to JavaFX's render thread; so the moment taken is the start of the pulse
 * after that one (the second animation frame after showing), when the first frame has been drawn or is being drawn.
 * For a light scene that drawing takes a few milliseconds, so the moment is at most that early. The same rule times
 * the bare window the start-up benchmark compares against.
 */
public final class FirstFrame {

    private FirstFrame() {
    }

    /** Calls {@code then} once, on the FX thread, when the stage's first frame is on screen. Call before showing it. */
    public static void whenShown(Stage stage, Runnable then) {
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, new javafx.event.EventHandler<>() {
            @Override
            public void handle(WindowEvent event) {
                stage.removeEventHandler(WindowEvent.WINDOW_SHOWN, this);
                afterNextFrame(then);
            }
        });
    }

    /** Calls {@code then} once, on the FX thread, after the next frame has been handed to the renderer. */
    public static void afterNextFrame(Runnable then) {
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                // The first call is the pulse that draws what changed; the second comes after it.
                if (++frames == 2) {
                    stop();
                    then.run();
                }
            }
        }.start();
    }
}
