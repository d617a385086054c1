package org.practiceworkbook.assessment;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.practiceworkbook.questionnaire.Item;
import org.practiceworkbook.questionnaire.Questionnaire;

/**
 * A round's results for one questionnaire, as a practice looks at itself: every section's score, the same seen by
 * each group of roles, each item's score against its target with every person's answer, and the questionnaire's
 * overall score. Partners-only sections appear only when the facilitator included them.
 *
 * @param items   the items shown, as the workshop discussed them (agreed levels, spread, targets)
 * @param byGroup section scores from each role group's own answers (agreed levels play no part), for groups with
 *                anyone in them
 * @param people  everyone who answered, in the order they joined the round
 * @param answers each person's answer values by respondent id, then item id
 */
public record RoundResults(Questionnaire questionnaire, List<SectionResult> sections, List<ItemDiscussion> items,
                           Map<RoleGroup, List<SectionResult>> byGroup, List<Respondent> people,
                           Map<Long, Map<String, AnswerValue>> answers) {

    public RoundResults {
        sections = List.copyOf(sections);
        items = List.copyOf(items);
        byGroup = Map.copyOf(byGroup);
        people = List.copyOf(people);
        answers = Map.copyOf(answers);
    }

    /** The mean of the sections' scores, as a percentage of the scale; empty when no section is scored. */
    public OptionalDouble overallPercent() {
        return sections.stream().map(SectionResult::percent).filter(OptionalDouble::isPresent)
                .mapToDouble(OptionalDouble::getAsDouble).average();
    }

    /** What one person answered for one item; null when they gave nothing. */
    public AnswerValue answer(Respondent person, Item item) {
        return answers.getOrDefault(person.id(), Map.of()).get(item.id());
    }
}
