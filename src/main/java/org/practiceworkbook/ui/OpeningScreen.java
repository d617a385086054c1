package org.practiceworkbook.ui;

import javafx.scene.Parent;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;

/**
 * The window's first content, shown while the workbook opens behind it: quiet, and light enough to draw at once. Its
 * words are a {@link Text}, not a label: with no control on it, the first frame needs only our own stylesheet, not the
 * toolkit's look for controls ({@link Theme#applyOwnStylesheetsTo}).
 */
public final class OpeningScreen {

    public static final String TEXT = "Opening your workbook…";

    private OpeningScreen() {
    }

    /** @param size the text size the person chose, so the first words they see are as large as all the rest */
    public static Parent create(TextSize size) {
        var message = new Text(TEXT);
        message.getStyleClass().add("opening-message");
        var screen = new StackPane(message);
        screen.setId("opening-screen");
        screen.getStyleClass().add(size.styleClass());
        return screen;
    }
}
