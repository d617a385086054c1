package org.practiceworkbook.ui.settings;

import java.util.Comparator;
import java.util.List;

import javafx.geometry.Rectangle2D;

/**
 * Where a remembered window goes on the screens there are now. A window whose title bar no screen shows (its monitor
 * was unplugged, or the laptop left the docking station) comes back on the primary screen, centred and no larger
 * than it, so nobody is left with a program they cannot see; one larger than the screens now showing it shrinks to fit.
 */
public final class WindowPlacement {

    /** How much of the title bar must be on a screen for a person to catch it with the mouse and move it. */
    static final double GRIP_WIDTH = 100;
    static final double GRIP_HEIGHT = 24;
    /** The invisible border Windows counts around a window snapped to a screen's edges, and then some. */
    static final double BORDER_ALLOWANCE = 16;

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
            return fitsOn(saved, screens) ? saved : fitted(saved, showing.get());
        }
        double width = Math.min(saved.width(), primary.getWidth());
        double height = Math.min(saved.height(), primary.getHeight());
        return new WindowBounds(primary.getMinX() + (primary.getWidth() - width) / 2,
                primary.getMinY() + (primary.getHeight() - height) / 2, width, height, saved.maximised());
    }

    /**
     * Whether the window fits within the screens it is on now, taken together (give or take the few pixels of border
     * some systems count in a window snapped to a screen's edges): one stretched across two monitors stays as it is.
     */
    private static boolean fitsOn(WindowBounds window, List<Rectangle2D> screens) {
        var on = screens.stream().filter(screen -> overlap(window, screen) > 0).toList();
        double minX = on.stream().mapToDouble(Rectangle2D::getMinX).min().orElse(0);
        double minY = on.stream().mapToDouble(Rectangle2D::getMinY).min().orElse(0);
        double maxX = on.stream().mapToDouble(Rectangle2D::getMaxX).max().orElse(0);
        double maxY = on.stream().mapToDouble(Rectangle2D::getMaxY).max().orElse(0);
        return window.width() <= maxX - minX + BORDER_ALLOWANCE && window.height() <= maxY - minY + BORDER_ALLOWANCE;
    }

    /**
     * A window larger than the screen that shows it now (the screen in its place is smaller than the one it was on)
     * is made to fit it, so its edges and corners can be caught to resize it; one that fits stays where it was, even
     * hanging off an edge, as the person may have put it there.
     */
    private static WindowBounds fitted(WindowBounds window, Rectangle2D screen) {
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
