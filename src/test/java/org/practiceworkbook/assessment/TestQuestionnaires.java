package org.practiceworkbook.assessment;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

import org.practiceworkbook.pack.InvalidPackException;
import org.practiceworkbook.pack.PackReader;
import org.practiceworkbook.questionnaire.Applicability;
import org.practiceworkbook.questionnaire.Authorship;
import org.practiceworkbook.questionnaire.Item;
import org.practiceworkbook.questionnaire.PackRef;
import org.practiceworkbook.questionnaire.PackVersion;
import org.practiceworkbook.questionnaire.Questionnaire;
import org.practiceworkbook.questionnaire.Section;

/** Questionnaires for tests. */
public final class TestQuestionnaires {

    private TestQuestionnaires() {
    }

    /** src/test/resources/packs/small.json: three levels, two sections, three items. */
    public static Questionnaire small() {
        try (InputStream in = TestQuestionnaires.class.getResourceAsStream("/packs/small.json")) {
            return new PackReader().read("small.json", in.readAllBytes()).questionnaire();
        } catch (IOException | InvalidPackException e) {
            throw new AssertionError(e);
        }
    }

    /** One section of five-level items with the given default targets (0 for none), ids "i1", "i2", ... */
    public static Questionnaire fiveLevels(int... targets) {
        var items = new ArrayList<Item>();
        for (int i = 0; i < targets.length; i++) {
            items.add(new Item("i" + (i + 1), "Statement " + (i + 1), "Why", List.of("1", "2", "3", "4", "5"),
                    List.of("Act", "Act again"), targets[i] == 0 ? OptionalInt.empty() : OptionalInt.of(targets[i]),
                    Applicability.EVERY_PRACTICE));
        }
        return new Questionnaire(new PackRef("five", new PackVersion(1, 0)), "Five", "Five levels",
                new Authorship(List.of("Test"), null, "CC0-1.0", null, null),
                List.of("One", "Two", "Three", "Four", "Five"),
                List.of(new Section("s", "Section", null, new Applicability(Set.of()), items)));
    }
}
