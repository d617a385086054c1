package org.practiceworkbook.assessment;

import java.util.List;
import java.util.OptionalDouble;

import org.practiceworkbook.questionnaire.Section;

/** A section's result: the mean of its scored items. */
public record SectionScore(Section section, List<ItemScore> items, OptionalDouble score, int levelCount) {

    public SectionScore {
        items = List.copyOf(items);
    }

    public OptionalDouble percent() {
        return score.isPresent() ? OptionalDouble.of(Scale.percent(score.getAsDouble(), levelCount)) : OptionalDouble.empty();
    }

    public long dontKnowCount() {
        return items.stream().mapToLong(ItemScore::dontKnowCount).sum();
    }

    public long count(ItemStatus status) {
        return items.stream().filter(i -> i.status() == status).count();
    }
}
