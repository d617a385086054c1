package org.practiceworkbook.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.practiceworkbook.assessment.AnswerValue.DONT_KNOW;
import static org.practiceworkbook.assessment.AnswerValue.level;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.practiceworkbook.questionnaire.Questionnaire;

/**
 * Hand-worked results on the three-level test pack: section "time" (time.protected; time.pcn-support for PCN
 * members only) and section "skills" (skills.qualified).
 */
class ResultsTest {

    private static final Questionnaire SMALL = TestQuestionnaires.small();
    private static final Instant AT = Instant.parse("2027-03-14T10:00:00Z");

    private static RespondentAnswers person(long id, Role role, AnswerValue protectedTime, AnswerValue qualified) {
        var answers = new HashMap<String, Answer>();
        answers.put("time.protected", new Answer("time.protected", protectedTime, null, AT));
        answers.put("skills.qualified", new Answer("skills.qualified", qualified, null, AT));
        return new RespondentAnswers(new Respondent(id, 1, UUID.randomUUID(), null, role), answers);
    }

    /** Two partners (1 and 3; 3 and 3), a manager (2; don't know), a nurse (3; 2). */
    private static final List<RespondentAnswers> TEAM = List.of(
            person(1, Role.GP_PARTNER, level(1), level(3)),
            person(2, Role.NON_GP_PARTNER, level(3), level(3)),
            person(3, Role.PRACTICE_MANAGER, level(2), DONT_KNOW),
            person(4, Role.NURSE, level(3), level(2)));

    @Test
    void section_scores_use_agreed_levels_where_agreed_and_the_mean_elsewhere_as_a_percentage_of_the_scale() {
        var agreed = Map.of("time.protected", new Consensus("time.protected", level(2), null, AT));

        var results = Results.of(SMALL, Set.of("partnership"), TEAM, agreed, Map.of(), Discussion.PartnersOnly.NONE);

        assertThat(results.sections()).extracting(s -> s.section().id()).containsExactly("time", "skills");
        var time = results.sections().get(0);
        assertThat(time.score()).hasValue(2.0);                       // agreed 2; the PCN item is not asked
        assertThat(time.percent().getAsDouble()).isCloseTo(50.0, within(1e-9));
        var skills = results.sections().get(1);
        assertThat(skills.score().getAsDouble()).isCloseTo(8.0 / 3, within(1e-9));   // (3 + 3 + 2) / 3
        assertThat(skills.dontKnow()).isEqualTo(1);
        assertThat(results.overallPercent().getAsDouble()).isCloseTo((50.0 + 250.0 / 3) / 2, within(1e-9));
    }

    @Test
    void each_role_group_is_scored_from_its_own_answers_without_the_agreed_levels() {
        var agreed = Map.of("time.protected", new Consensus("time.protected", level(1), null, AT));

        var results = Results.of(SMALL, Set.of("partnership"), TEAM, agreed, Map.of(), Discussion.PartnersOnly.NONE);

        assertThat(results.byGroup()).containsOnlyKeys(RoleGroup.PARTNERS, RoleGroup.MANAGERS, RoleGroup.NURSES);
        var partners = results.byGroup().get(RoleGroup.PARTNERS);
        assertThat(partners.get(0).score()).hasValue(2.0);             // (1 + 3) / 2, not the agreed 1
        assertThat(results.byGroup().get(RoleGroup.NURSES).get(0).score()).hasValue(3.0);   // the nurse's own 3
        assertThat(results.sections().get(0).score()).hasValue(1.0);   // the team's view takes the agreed level
        assertThat(results.byGroup().get(RoleGroup.MANAGERS).get(1).score()).isEmpty();     // only don't know
    }

    @Test
    void every_persons_answer_is_kept_for_the_spread_and_the_heat_map() {
        var results = Results.of(SMALL, Set.of("partnership"), TEAM, Map.of(), Map.of(), Discussion.PartnersOnly.NONE);

        var qualified = results.items().get(1).item();
        assertThat(results.people()).hasSize(4);
        assertThat(results.people().stream().map(p -> results.answer(p, qualified)).toList())
                .containsExactly(level(3), level(3), DONT_KNOW, level(2));
    }

    @Test
    void a_partners_only_section_stays_out_of_the_results_unless_included() {
        var hidden = Results.of(SMALL, Set.of("partnership"), TEAM, Map.of(), Map.of(),
                new Discussion.PartnersOnly(Set.of("skills"), false));
        assertThat(hidden.sections()).extracting(s -> s.section().id()).containsExactly("time");
        assertThat(hidden.byGroup().get(RoleGroup.NURSES)).extracting(s -> s.section().id()).containsExactly("time");

        var included = Results.of(SMALL, Set.of("partnership"), TEAM, Map.of(), Map.of(),
                new Discussion.PartnersOnly(Set.of("skills"), true));
        assertThat(included.sections().get(1).score()).hasValue(3.0);   // the partners' 3 and 3 alone
    }
}
