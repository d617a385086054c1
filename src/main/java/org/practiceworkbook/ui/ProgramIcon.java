package org.practiceworkbook.ui;

import java.util.List;

import javafx.scene.image.Image;

/**
 * The program's icon at each size drawn for it (icons/practice-workbook.svg, made into PNGs by icons/build.sh), so the
 * window system picks a sharp one for the title bar, the task bar and the window switcher instead of scaling one.
 */
public final class ProgramIcon {

    /** The sizes put on the window; 512 px is left to the installers, as no window system asks a window for it. */
    public static final List<Integer> WINDOW_SIZES = List.of(16, 32, 48, 64, 128, 256);

    private ProgramIcon() {
    }

    public static List<Image> windowImages() {
        return WINDOW_SIZES.stream().map(ProgramIcon::image).toList();
    }

    private static Image image(int size) {
        String name = "icons/practice-workbook-" + size + ".png";
        var url = ProgramIcon.class.getResource(name);
        if (url == null) {
            throw new IllegalStateException("the program's icon " + name + " is missing from the build");
        }
        return new Image(url.toExternalForm());
    }
}
