package org.practiceworkbook.assessment;

import java.util.OptionalDouble;

import org.practiceworkbook.questionnaire.Section;

/**
 * A section's result in a round: the mean of its scored items (agreed levels where the group agreed one), as a level
 * and as a percentage of the scale, with how many "don't know" answers it drew.
 */
public record SectionResult(Section section, OptionalDouble score, int levelCount, int scoredItems, int dontKnow) {

    public OptionalDouble percent() {
        return score.isPresent() ? OptionalDouble.of(Scale.percent(score.getAsDouble(), levelCount))
                : OptionalDouble.empty();
    }
}
