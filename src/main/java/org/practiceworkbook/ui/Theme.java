package org.practiceworkbook.ui;

import java.util.List;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;

/**
 * The program's look: AtlantaFX Primer Light under our own stylesheet, whose colours are variables at {@code .root}.
 * The dark and high-contrast themes add stylesheets to the scene rather than swap the toolkit's own: that one is
 * shared by every window, and printed pages and chart files must stay light whatever the screen shows. Dialogs take
 * their owner's stylesheets, so they follow. The only place a theme is chosen.
 */
public enum Theme {
    LIGHT("Light", List.of()),
    DARK("Dark", List.of("atlantafx-dark.css", "theme-dark.css")),
    HIGH_CONTRAST("High contrast (black, white and yellow)",
            List.of("atlantafx-dark.css", "theme-dark.css", "theme-high-contrast.css"));

    private static final String FOLDER = "/org/practiceworkbook/ui/";
    static final String STYLESHEET = FOLDER + "app.css";
    /** AtlantaFX's dark colours: before ours, so our rules still win over the toolkit's as they do in light. */
    private static final String TOOLKIT_DARK = FOLDER + "atlantafx-dark.css";

    private final String label;
    private final List<String> sheets;

    Theme(String label, List<String> sheets) {
        this.label = label;
        this.sheets = sheets.stream().map(s -> FOLDER + s).toList();
    }

    public String label() {
        return label;
    }

    /** The light theme: for printed pages, chart files, and tests that do not choose. */
    public static void apply(Scene scene) {
        LIGHT.applyTo(scene);
    }

    /** Sets this theme on a scene, in place of any other. */
    public void applyTo(Scene scene) {
        useToolkitLook();
        applyOwnStylesheetsTo(scene);
    }

    /**
     * AtlantaFX's look for every control, shared by every window. Before the first control is made: one made while no
     * look is chosen loads JavaFX's own (Modena) first, to no purpose.
     */
    public static void useToolkitLook() {
        // The binary form of the same stylesheet: parsing the 160 KB of CSS held up the first frame by a third of a
        // second or more on a 2-core machine.
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheetBSS());
    }

    /**
     * This theme's own stylesheets alone, in place of any other theme's: enough for the window's first frame, whose
     * opening screen has no control, so that frame need not wait for the toolkit's look (about 40 ms on 2 cores).
     */
    public void applyOwnStylesheetsTo(Scene scene) {
        var wanted = new java.util.ArrayList<String>();
        sheets.stream().filter(TOOLKIT_DARK::equals).forEach(wanted::add);
        wanted.add(STYLESHEET);
        sheets.stream().filter(s -> !s.equals(TOOLKIT_DARK)).forEach(wanted::add);
        scene.getStylesheets().removeIf(s -> s.startsWith(FOLDER));
        scene.getStylesheets().addAll(wanted);
    }

    /** The theme a scene shows now. */
    public static Theme of(Scene scene) {
        for (Theme theme : List.of(HIGH_CONTRAST, DARK)) {
            if (scene.getStylesheets().containsAll(theme.sheets)) {
                return theme;
            }
        }
        return LIGHT;
    }
}
