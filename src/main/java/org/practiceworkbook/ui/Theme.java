package org.practiceworkbook.ui;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;

/** The program's look: AtlantaFX Primer Light under our own stylesheet. The only place the theme is chosen. */
public final class Theme {

    static final String STYLESHEET = "/org/practiceworkbook/ui/app.css";

    private Theme() {
    }

    public static void apply(Scene scene) {
        // The binary form of the same stylesheet: parsing the 160 KB of CSS held up the first frame by a third of a
        // second or more on a 2-core machine.
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheetBSS());
        scene.getStylesheets().add(STYLESHEET);
    }
}
