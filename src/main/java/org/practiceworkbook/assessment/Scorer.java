package org.practiceworkbook.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

import org.practiceworkbook.questionnaire.Item;
import org.practiceworkbook.questionnaire.Questionnaire;
import org.practiceworkbook.questionnaire.Section;

/**
 * Scores one questionnaire for one round. An item's score is its consensus level when one is set, else the mean of
 * respondents' levels; a section's is the mean of its scored items; the questionnaire's the mean of its scored
 * sections. "Not applicable" is left out; "don't know" is counted, not scored.
 */
public final class Scorer {

    private Scorer() {
    }

    public static QuestionnaireScore score(Questionnaire questionnaire, Set<String> practiceTokens,
                                           RoundResponses responses) {
        var sections = new ArrayList<SectionScore>();
        for (Section section : questionnaire.sections()) {
            var items = section.items().stream()
                    .map(item -> scoreItem(item, questionnaire.levelCount(), practiceTokens, responses))
                    .toList();
            sections.add(new SectionScore(section, items, meanOfScored(items), questionnaire.levelCount()));
        }
        return new QuestionnaireScore(questionnaire, sections,
                mean(sections.stream().map(SectionScore::score).toList()));
    }

    static ItemScore scoreItem(Item item, int levelCount, Set<String> practiceTokens, RoundResponses responses) {
        OptionalInt target = targetFor(item, responses);
        if (!item.appliesTo().appliesTo(practiceTokens)) {
            return new ItemScore(item, ItemStatus.SKIPPED_FOR_MODEL, OptionalDouble.empty(), false, Spread.NONE,
                    0, 0, target, levelCount);
        }
        var levels = new ArrayList<Integer>();
        int dontKnow = 0;
        int notApplicable = 0;
        for (var answers : responses.respondents()) {
            switch (answers.get(item.id())) {
                case AnswerValue.Level level -> levels.add(level.value());
                case AnswerValue.DontKnow _ -> dontKnow++;
                case AnswerValue.NotApplicable _ -> notApplicable++;
                case null -> { }
            }
        }
        Spread spread = Spread.of(levels);
        return switch (responses.consensus().get(item.id())) {
            case AnswerValue.Level agreed -> new ItemScore(item, ItemStatus.SCORED, OptionalDouble.of(agreed.value()),
                    true, spread, dontKnow, notApplicable, target, levelCount);
            case AnswerValue.NotApplicable _ -> new ItemScore(item, ItemStatus.NOT_APPLICABLE, OptionalDouble.empty(),
                    true, spread, dontKnow, notApplicable, target, levelCount);
            case AnswerValue.DontKnow _ -> new ItemScore(item, ItemStatus.NO_LEVEL, OptionalDouble.empty(),
                    true, spread, dontKnow + 1, notApplicable, target, levelCount);
            case null -> fromRespondents(item, levels, spread, dontKnow, notApplicable, target, levelCount);
        };
    }

    private static ItemScore fromRespondents(Item item, List<Integer> levels, Spread spread, int dontKnow,
                                             int notApplicable, OptionalInt target, int levelCount) {
        if (!levels.isEmpty()) {
            double mean = levels.stream().mapToInt(Integer::intValue).average().orElseThrow();
            return new ItemScore(item, ItemStatus.SCORED, OptionalDouble.of(mean), false, spread, dontKnow,
                    notApplicable, target, levelCount);
        }
        ItemStatus status = notApplicable > 0 && dontKnow == 0 ? ItemStatus.NOT_APPLICABLE : ItemStatus.NO_LEVEL;
        return new ItemScore(item, status, OptionalDouble.empty(), false, spread, dontKnow, notApplicable, target,
                levelCount);
    }

    private static OptionalInt targetFor(Item item, RoundResponses responses) {
        Integer set = responses.targets().get(item.id());
        return set != null ? OptionalInt.of(set) : item.defaultTarget();
    }

    private static OptionalDouble meanOfScored(List<ItemScore> items) {
        return mean(items.stream().map(ItemScore::score).toList());
    }

    private static OptionalDouble mean(List<OptionalDouble> values) {
        return values.stream().filter(OptionalDouble::isPresent).mapToDouble(OptionalDouble::getAsDouble).average();
    }
}
