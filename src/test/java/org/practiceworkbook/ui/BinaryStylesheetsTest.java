package org.practiceworkbook.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javafx.css.CssParser;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * JavaFX draws the program from the binary form of each stylesheet (NAME.bss, made by the build beside NAME.css) when
 * there is one. A binary form that is missing costs the first frame its parse time; one that is out of date shows the
 * person an older look than the stylesheet says, which no other test would notice.
 */
class BinaryStylesheetsTest {

    @ParameterizedTest
    @ValueSource(strings = {"app", "atlantafx-dark", "theme-dark", "theme-high-contrast"})
    void eachStylesheetHasABinaryFormThatSaysTheSame(String name) throws IOException {
        URL css = resource(name + ".css");
        URL bss = resource(name + ".bss");
        assertThat(bss).as("the build's binary form of %s.css", name).isNotNull();

        Stylesheet fromText = new CssParser().parse(css);
        Stylesheet fromBinary = Stylesheet.loadBinary(bss);

        assertThat(rules(fromBinary)).isEqualTo(rules(fromText));
    }

    /** Every rule's selectors and declarations: a binary sheet reads its declarations only when asked for them. */
    private static List<String> rules(Stylesheet sheet) {
        return sheet.getRules().stream().map(rule -> rule.getSelectors() + " " + rule.getDeclarations()).toList();
    }

    @Test
    void everyStylesheetOfTheProgramIsAmongThoseTheBuildMakesBinary() throws Exception {
        // A new stylesheet must be added to the pom's binary-stylesheets step and to the list above.
        try (var files = Files.list(Path.of(resource("app.css").toURI()).getParent())) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".css")))
                    .containsExactlyInAnyOrder("app.css", "atlantafx-dark.css", "theme-dark.css",
                            "theme-high-contrast.css");
        }
    }

    private static URL resource(String file) {
        return BinaryStylesheetsTest.class.getResource("/org/practiceworkbook/ui/" + file);
    }
}
