package org.practiceworkbook.ui.settings;

import javafx.application.Platform;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Puts the window where it was last time (on a screen there is now), and remembers where it is when it closes. */
public final class WindowMemory {

    private final Stage stage;
    private final RememberedSettings settings;
    private WindowBounds normal;   // the size and place before maximising, which is what comes back next time
    private boolean noteWaiting;

    private WindowMemory(Stage stage, RememberedSettings settings) {
        this.stage = stage;
        this.settings = settings;
    }

    /** Call before the stage is first shown; call {@link #remember()} when the program ends. */
    public static WindowMemory attach(Stage stage, RememberedSettings settings) {
        var memory = new WindowMemory(stage, settings);
        memory.start();
        return memory;
    }

    private void start() {
        WindowBounds saved = settings.current().window();
        if (saved != null) {
            WindowBounds placed = WindowPlacement.place(saved, Screen.getScreens().stream()
                    .map(Screen::getVisualBounds).toList(), Screen.getPrimary().getVisualBounds());
            stage.setX(placed.x());
            stage.setY(placed.y());
            stage.setWidth(placed.width());
            stage.setHeight(placed.height());
            stage.setMaximized(placed.maximised());
            normal = placed;
        }
        for (var property : java.util.List.of(stage.xProperty(), stage.yProperty(), stage.widthProperty(),
                stage.heightProperty())) {
            property.addListener((o, was, is) -> noteNormalSoon());
        }
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDING, e -> remember());
    }

    /**
     * Notes the window's size and place once the window system has finished telling us of this change: some move a
     * window to the screen's corner first and only then report it maximised, and that corner must not be taken for
     * where the person had it.
     */
    private void noteNormalSoon() {
        if (!noteWaiting) {
            noteWaiting = true;
            Platform.runLater(() -> {
                noteWaiting = false;
                noteNormal();
            });
        }
    }

    private void noteNormal() {
        if (!stage.isMaximized() && !stage.isIconified() && stage.isShowing()) {
            normal = new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false);
        }
    }

    /** Keeps where the window is now, for next time: also called when the program ends without the window hiding. */
    public void remember() {
        noteNormal();
        if (normal != null) {
            var last = new WindowBounds(normal.x(), normal.y(), normal.width(), normal.height(), stage.isMaximized());
            settings.change(s -> s.withWindow(last));
        }
    }
}
