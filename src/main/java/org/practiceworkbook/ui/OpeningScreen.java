package org.practiceworkbook.ui;

import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/**
 * The window's first content, shown while the workbook opens behind it: quiet, and light enough to draw at once
 * (one label on the theme's background).
 */
public final class OpeningScreen {

    public static final String TEXT = "Opening your workbook…";

    private OpeningScreen() {
    }

    /** @param size the text size the person chose, so the first words they see are as large as all the rest */
    public static Parent create(TextSize size) {
        var label = new Label(TEXT);
        label.getStyleClass().add("opening-message");
        var screen = new StackPane(label);
        screen.setId("opening-screen");
        screen.getStyleClass().add(size.styleClass());
        return screen;
    }
}
