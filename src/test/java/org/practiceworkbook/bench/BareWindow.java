package org.practiceworkbook.bench;

import java.time.Duration;
import java.time.Instant;

import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * The start-up benchmark's yardstick: a bare JavaFX window, one label, started with plain {@code java}. Prints
 * {@code first-frame-ms: N} by the same rule as the program's {@code --startup-probe} (see {@code ui.FirstFrame},
 * repeated here so this loads nothing of ours) and exits.
 */
public final class BareWindow {

    private BareWindow() {
    }

    public static void main(String[] args) {
        // Launched from a class that is not the Application: with JavaFX on the class path, java refuses a main
        // class that extends Application.
        Application.launch(App.class, args);
    }

    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new Label("Hello"), 1000, 720));
            stage.addEventHandler(WindowEvent.WINDOW_SHOWN, event -> new AnimationTimer() {
                private int frames;

                @Override
                public void handle(long now) {
                    if (++frames == 2) {
                        stop();
                        Instant started = ProcessHandle.current().info().startInstant().orElseThrow();
                        System.out.println("first-frame-ms: " + Duration.between(started, Instant.now()).toMillis());
                        Platform.exit();
                    }
                }
            }.start());
            stage.setTitle("Bare window");
            stage.show();
        }
    }
}
