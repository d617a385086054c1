package org.practiceworkbook.assessment;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

import org.practiceworkbook.questionnaire.Questionnaire;
import org.practiceworkbook.questionnaire.Section;

/**
 * Builds a round's results from the same discussion the workshop saw, so results and consensus always agree, and a
 * section kept for partners stays out unless the facilitator included it.
 */
public final class Results {

    private Results() {
    }

    public static RoundResults of(Questionnaire questionnaire, Set<String> practiceTokens,
                                  List<RespondentAnswers> people, Map<String, Consensus> consensus,
                                  Map<String, Integer> targets, Discussion.PartnersOnly partnersOnly) {
        var items = Discussion.build(questionnaire, practiceTokens, people, consensus, targets, partnersOnly);
        var byGroup = new EnumMap<RoleGroup, List<SectionResult>>(RoleGroup.class);
        var groups = new LinkedHashMap<RoleGroup, List<RespondentAnswers>>();
        people.forEach(p -> groups.computeIfAbsent(RoleGroup.of(p.respondent().role()), g -> new ArrayList<>()).add(p));
        groups.forEach((group, members) -> byGroup.put(group, sections(questionnaire,
                Discussion.build(questionnaire, practiceTokens, members, Map.of(), targets, partnersOnly))));
        var answers = new HashMap<Long, Map<String, AnswerValue>>();
        for (RespondentAnswers person : people) {
            answers.put(person.respondent().id(), Discussion.values(person));
        }
        return new RoundResults(questionnaire, sections(questionnaire, items), items, byGroup,
                people.stream().map(RespondentAnswers::respondent).toList(), answers);
    }

    /** Each section with items shown: the mean of its scored items. Sections left out of the discussion stay out. */
    static List<SectionResult> sections(Questionnaire questionnaire, List<ItemDiscussion> items) {
        var out = new ArrayList<SectionResult>();
        for (Section section : questionnaire.sections()) {
            var mine = items.stream().filter(d -> d.section().id().equals(section.id())).toList();
            if (mine.isEmpty()) {
                continue;
            }
            OptionalDouble score = mine.stream().map(d -> d.score().score()).filter(OptionalDouble::isPresent)
                    .mapToDouble(OptionalDouble::getAsDouble).average();
            int scored = (int) mine.stream().filter(d -> d.score().isScored()).count();
            int dontKnow = mine.stream().mapToInt(d -> d.score().dontKnowCount()).sum();
            out.add(new SectionResult(section, score, questionnaire.levelCount(), scored, dontKnow));
        }
        return out;
    }
}
