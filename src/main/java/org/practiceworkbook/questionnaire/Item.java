package org.practiceworkbook.questionnaire;

import java.util.List;
import java.util.OptionalInt;

/**
 * One statement to score, with a descriptor of what each level looks like in a practice.
 * {@code appliesTo} already includes what its section says.
 */
public record Item(String id, String statement, String why, List<String> levelDescriptors,
                   List<String> suggestedActions, OptionalInt defaultTarget, Applicability appliesTo) {

    public Item {
        levelDescriptors = List.copyOf(levelDescriptors);
        suggestedActions = List.copyOf(suggestedActions);
    }

    public String descriptor(int level) {
        return levelDescriptors.get(level - 1);
    }
}
