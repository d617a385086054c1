package org.practiceworkbook.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

import javafx.scene.paint.Color;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Text against its background in each theme, by WCAG's contrast ratio: at least 4.5:1 (AA) in light and dark, and
 * 7:1 (AAA) in high contrast. The colours are read from the stylesheets themselves, so a change there is checked.
 */
class ThemeContrastTest {

    /** The variables at {@code .root} after each of the theme's stylesheets, later ones winning. */
    private static Map<String, Color> colours(Theme theme) throws IOException {
        var sheets = new java.util.ArrayList<String>();
        sheets.add("app.css");
        if (theme != Theme.LIGHT) {
            sheets.add("atlantafx-dark.css");
            sheets.add("theme-dark.css");
        }
        if (theme == Theme.HIGH_CONTRAST) {
            sheets.add("theme-high-contrast.css");
        }
        var raw = new HashMap<String, String>();
        // The toolkit's own light background, and its text on the accent (the same in light and dark), which
        // app.css does not set.
        raw.put("-color-bg-default", "#ffffff");
        raw.put("-color-fg-emphasis", "#ffffff");
        for (String sheet : sheets) {
            try (InputStream in = Theme.class.getResourceAsStream("/org/practiceworkbook/ui/" + sheet)) {
                String css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                var root = Pattern.compile("(?s)(?:^|\\n)\\.root \\{(.*?)\\n}").matcher(css);
                while (root.find()) {
                    var declaration = Pattern.compile("(-[a-z0-9-]+):\\s*([^;]+);").matcher(root.group(1));
                    while (declaration.find()) {
                        raw.put(declaration.group(1), declaration.group(2).strip());
                    }
                }
            }
        }
        var resolved = new HashMap<String, Color>();
        for (String name : raw.keySet()) {
            String value = raw.get(name);
            while (value != null && value.startsWith("-")) {
                value = raw.get(value);
            }
            if (value != null && value.startsWith("#")) {
                resolved.put(name, Color.web(value));
            }
        }
        return resolved;
    }

    private static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    static double contrast(Color a, Color b) {
        double l1 = Math.max(luminance(a), luminance(b));
        double l2 = Math.min(luminance(a), luminance(b));
        return (l1 + 0.05) / (l2 + 0.05);
    }

    @ParameterizedTest(name = "{0}: {1} on {2}")
    @CsvSource({
            "LIGHT, -pw-text, -color-bg-default, 4.5",
            "LIGHT, -pw-muted, -color-bg-default, 4.5",
            "LIGHT, -pw-muted, -pw-surface, 4.5",
            "LIGHT, -pw-accent-dark, -color-bg-default, 4.5",
            "LIGHT, -pw-danger, -color-bg-default, 4.5",
            "LIGHT, -pw-text, -pw-warning-surface, 4.5",
            "DARK, -pw-text, -color-bg-default, 4.5",
            "DARK, -pw-muted, -color-bg-default, 4.5",
            "DARK, -pw-muted, -pw-surface, 4.5",
            "DARK, -pw-accent, -color-bg-default, 4.5",
            "DARK, -pw-accent-dark, -color-bg-default, 4.5",
            "DARK, -pw-danger, -color-bg-default, 4.5",
            "DARK, -pw-danger, -pw-danger-surface, 4.5",
            "DARK, -pw-text, -pw-warning-surface, 4.5",
            "DARK, -color-fg-emphasis, -color-accent-emphasis, 4.5",
            "HIGH_CONTRAST, -pw-text, -color-bg-default, 7",
            "HIGH_CONTRAST, -pw-muted, -pw-surface, 7",
            "HIGH_CONTRAST, -pw-accent, -color-bg-default, 7",
            "HIGH_CONTRAST, -pw-accent-dark, -pw-card, 7",
            "HIGH_CONTRAST, -pw-danger, -color-bg-default, 7",
            "HIGH_CONTRAST, -color-fg-emphasis, -color-accent-emphasis, 7",
            "HIGH_CONTRAST, -color-fg-default, -color-accent-subtle, 7",
    })
    void text_stands_out_from_its_background(Theme theme, String text, String background, double least)
            throws IOException {
        var colours = colours(theme);
        assertThat(colours).containsKeys(text, background);

        assertThat(contrast(colours.get(text), colours.get(background))).isGreaterThanOrEqualTo(least);
    }
}
