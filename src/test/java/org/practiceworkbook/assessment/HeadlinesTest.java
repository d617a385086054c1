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
 * The report's headline findings, worked by hand on the three-level test pack (level 1 = 0%, 2 = 50%, 3 = 100%):
 * section "time" (time.protected; its PCN item is not asked of this practice) and section "skills"
 * (skills.qualified).
 */
class HeadlinesTest {

    private static final Questionnaire SMALL = TestQuestionnaires.small();
    private static final Instant AT = Instant.parse("2027-03-14T10:00:00Z");

    private static RespondentAnswers person(long id, Role role, AnswerValue protectedTime, AnswerValue qualified) {
        var answers = new HashMap<String, Answer>();
        answers.put("time.protected", new Answer("time.protected", protectedTime, null, AT));
        answers.put("skills.qualified", new Answer("skills.qualified", qualified, null, AT));
        return new RespondentAnswers(new Respondent(id, 1, UUID.randomUUID(), null, role), answers);
    }

    private static RoundResults results(List<RespondentAnswers> people) {
        return Results.of(SMALL, Set.of("partnership"), people, Map.of(), Map.of(), Discussion.PartnersOnly.NONE);
    }

    /**
     * time.protected: 1, 3, 2, 3 → mean 2.25 → 62.5%; deviations −1.25, 0.75, −0.25, 0.75 → variance 2.75 / 4,
     * standard deviation 0.829; range 2, so disagreement. skills.qualified: 3, 3, don't know, 2 → mean 8/3 → 83.3%;
     * deviations 1/3, 1/3, −2/3 → variance (6/9) / 3, standard deviation 0.471; range 1.
     */
    private static final RoundResults TEAM = results(List.of(
            person(1, Role.GP_PARTNER, level(1), level(3)),
            person(2, Role.NON_GP_PARTNER, level(3), level(3)),
            person(3, Role.PRACTICE_MANAGER, level(2), DONT_KNOW),
            person(4, Role.NURSE, level(3), level(2))));

    @Test
    void the_strongest_weakest_and_most_disputed_sections_of_a_round_are_found() {
        var headlines = Headlines.of(List.of(new Headlines.Input(TEAM, SectionTrend.of(List.of(TEAM)))));

        assertThat(headlines.strongest()).hasValueSatisfying(s -> {
            assertThat(s.section()).isEqualTo("Skills");
            assertThat(s.percent()).isCloseTo(250.0 / 3, within(1e-9));
            assertThat(s.questionnaire()).isEqualTo(SMALL.title());
        });
        assertThat(headlines.weakest()).hasValueSatisfying(s -> {
            assertThat(s.section()).isEqualTo(TEAM.sections().getFirst().section().title());
            assertThat(s.percent()).isCloseTo(62.5, within(1e-9));
        });
        assertThat(headlines.mostDisagreement()).hasValueSatisfying(d -> {
            assertThat(d.section()).isEqualTo(TEAM.sections().getFirst().section().title());
            assertThat(d.meanSpread()).isCloseTo(Math.sqrt(2.75 / 4), within(1e-9));
            assertThat(d.disagreedItems()).isEqualTo(1);
            assertThat(d.items()).isEqualTo(1);
        });
        assertThat(headlines.biggestChange()).as("no earlier round").isEmpty();
    }

    @Test
    void the_biggest_change_is_the_largest_either_way_since_the_round_before() {
        // Before: time all at level 2 (50%), skills all at 3 (100%). Now time 62.5% (+12.5), skills 83.3% (−16.7).
        var before = results(List.of(person(1, Role.GP_PARTNER, level(2), level(3)),
                person(2, Role.NURSE, level(2), level(3))));

        var headlines = Headlines.of(List.of(new Headlines.Input(TEAM, SectionTrend.of(List.of(before, TEAM)))));

        assertThat(headlines.biggestChange()).hasValueSatisfying(c -> {
            assertThat(c.section()).isEqualTo("Skills");
            assertThat(c.points()).isCloseTo(250.0 / 3 - 100, within(1e-9));
        });
    }

    @Test
    void one_person_gives_no_disagreement_and_one_scored_section_is_not_both_strongest_and_weakest() {
        var alone = results(List.of(person(1, Role.PRACTICE_MANAGER, level(2), DONT_KNOW)));

        var headlines = Headlines.of(List.of(new Headlines.Input(alone, SectionTrend.of(List.of(alone)))));

        assertThat(headlines.strongest()).hasValueSatisfying(s -> assertThat(s.percent()).isEqualTo(50.0));
        assertThat(headlines.weakest()).isEmpty();
        assertThat(headlines.mostDisagreement()).isEmpty();
        assertThat(headlines.isEmpty()).isFalse();
        assertThat(Headlines.of(List.of()).isEmpty()).isTrue();
    }

    @Test
    void equal_scores_go_to_the_section_met_first_and_all_level_sections_have_no_weakest() {
        var level = results(List.of(person(1, Role.GP_PARTNER, level(2), level(2))));
        var tied = results(List.of(person(1, Role.GP_PARTNER, level(3), level(3)),
                person(2, Role.NURSE, level(1), level(3)), person(3, Role.NURSE, level(2), level(2))));

        var allLevel = Headlines.of(List.of(new Headlines.Input(level, List.of())));
        // tied: time (3 + 1 + 2) / 3 = 2 → 50%; skills (3 + 3 + 2) / 3 = 8/3 → 83.3%; plus a second copy of each
        var twice = Headlines.of(List.of(new Headlines.Input(tied, List.of()), new Headlines.Input(tied, List.of())));

        assertThat(allLevel.strongest().orElseThrow().section()).isEqualTo(level.sections().get(0).section().title());
        assertThat(allLevel.weakest()).isEmpty();
        assertThat(twice.strongest().orElseThrow().section()).isEqualTo("Skills");
        assertThat(twice.weakest().orElseThrow().section()).isEqualTo(tied.sections().get(0).section().title());
        assertThat(twice.weakest().orElseThrow().percent()).isEqualTo(50.0);
    }
}
