package org.practiceworkbook.ui.settings;

import java.util.Comparator;
import java.util.List;

import javafx.geometry.Rectangle2D;

/**
 * Where a remembered window goes on the screens there are now. A window whose title bar no screen shows (its monitor
 * was unplugged, or the laptop left the docking station) comes back on the primary screen, centred and no larger
 * than it, so nobody is left with a program they cannot see; one larger than the screen now showing it shrinks to fit.
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
        var showing = screens.stream().filter(screen -> canGrip(saved, screen))
                .max(Comparator.comparingDouble(screen -> overlap(saved, screen)));
        if (showing.isPresent()) {
            return fitted(saved, showing.get());
        }
        double width = Math.min(saved.width(), primary.getWidth());
        double height = Math.min(saved.height(), primary.getHeight());
        return new WindowBounds(primary.getMinX() + (primary.getWidth() - width) / 2,
                primary.getMinY() + (primary.getHeight() - height) / 2, width, height, saved.maximised());
    }

    /**
     * A window larger than the screen that shows it now (the screen in its place is smaller than the one it was on)
     * is made to fit it, so its edges and corners can be caught to resize it; one that fits stays where it was, even
     * hanging off an edge, as the person may have put it there.
     */
    private static WindowBounds fitted(WindowBounds window, Rectangle2D screen) {
        if (window.width() <= screen.getWidth() && window.height() <= screen.getHeight()) {
            return window;
        }
        double width = Math.min(window.width(), screen.getWidth());
        double height = Math.min(window.height(), screen.getHeight());
        double x = Math.clamp(window.x(), screen.getMinX(), screen.getMaxX() - width);
        double y = Math.clamp(window.y(), screen.getMinY(), screen.getMaxY() - height);
        return new WindowBounds(x, y, width, height, window.maximised());
    }

    private static double overlap(WindowBounds window, Rectangle2D screen) {
        double width = Math.min(window.x() + window.width(), screen.getMaxX()) - Math.max(window.x(), screen.getMinX());
        double height = Math.min(window.y() + window.height(), screen.getMaxY())
                - Math.max(window.y(), screen.getMinY());
        return Math.max(0, width) * Math.max(0, height);
    }

    private static boolean canGrip(WindowBounds window, Rectangle2D screen) {
        double left = Math.max(window.x(), screen.getMinX());
        double right = Math.min(window.x() + window.width(), screen.getMaxX());
        double top = Math.max(window.y(), screen.getMinY());
        double bottom = Math.min(window.y() + GRIP_HEIGHT, screen.getMaxY());
        return right - left >= Math.min(GRIP_WIDTH, window.width()) && bottom - top >= GRIP_HEIGHT / 2;
    }
}
