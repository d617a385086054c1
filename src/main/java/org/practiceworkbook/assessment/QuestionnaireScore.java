package org.practiceworkbook.assessment;

import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Stream;

import org.practiceworkbook.questionnaire.Questionnaire;

/** A questionnaire's result in a round: the mean of its scored sections. */
public record QuestionnaireScore(Questionnaire questionnaire, List<SectionScore> sections, OptionalDouble score) {

    public QuestionnaireScore {
        sections = List.copyOf(sections);
    }

    public OptionalDouble percent() {
        return score.isPresent()
                ? OptionalDouble.of(Scale.percent(score.getAsDouble(), questionnaire.levelCount()))
                : OptionalDouble.empty();
    }

    public Stream<ItemScore> items() {
        return sections.stream().flatMap(s -> s.items().stream());
    }
}
