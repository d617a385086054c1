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
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        scene.getStylesheets().add(STYLESHEET);
    }
}
