package org.practiceworkbook.ui.settings;

import java.util.List;

import javafx.geometry.Rectangle2D;

/**
 * Where a remembered window goes on the screens there are now. A window whose title bar no screen shows (its monitor
 * was unplugged, or the laptop left the docking station) comes back on the primary screen, centred and no larger
 * than it, so nobody is left with a program they cannot see.
 */
public final class WindowPlacement {

    /** How much of the title bar must be on a screen for a person to catch it with the mouse and move it. */
    static final double GRIP_WIDTH = 100;
    static final double GRIP_HEIGHT = 24;

    private WindowPlacement() {
    }

    /**
     * @param screens the visual bounds of each screen now (without task bars)
     * @param primary the primary screen's visual bounds
     */
    public static WindowBounds place(WindowBounds saved, List<Rectangle2D> screens, Rectangle2D primary) {
        if (screens.stream().anyMatch(screen -> canGrip(saved, screen))) {
            return saved;
        }
        double width = Math.min(saved.width(), primary.getWidth());
        double height = Math.min(saved.height(), primary.getHeight());
        return new WindowBounds(primary.getMinX() + (primary.getWidth() - width) / 2,
                primary.getMinY() + (primary.getHeight() - height) / 2, width, height, saved.maximised());
    }

    private static boolean canGrip(WindowBounds window, Rectangle2D screen) {
        double left = Math.max(window.x(), screen.getMinX());
        double right = Math.min(window.x() + window.width(), screen.getMaxX());
        double top = Math.max(window.y(), screen.getMinY());
        double bottom = Math.min(window.y() + GRIP_HEIGHT, screen.getMaxY());
        return right - left >= Math.min(GRIP_WIDTH, window.width()) && bottom - top >= GRIP_HEIGHT / 2;
    }
}
