package org.practiceworkbook.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.practiceworkbook.assessment.AnswerValue.level;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Section scores across rounds on the three-level test pack, and the capacity facts beside them. */
class SectionTrendTest {

    private static final Instant AT = Instant.parse("2027-03-14T10:00:00Z");

    private static RoundResults round(AnswerValue protectedTime, AnswerValue qualified) {
        var answers = new java.util.HashMap<String, Answer>();
        answers.put("time.protected", new Answer("time.protected", protectedTime, null, AT));
        if (qualified != null) {
            answers.put("skills.qualified", new Answer("skills.qualified", qualified, null, AT));
        }
        var person = new RespondentAnswers(new Respondent(1, 1, UUID.randomUUID(), null, Role.PRACTICE_MANAGER), answers);
        return Results.of(TestQuestionnaires.small(), Set.of("partnership"), List.of(person), Map.of(), Map.of(),
                Discussion.PartnersOnly.NONE);
    }

    @Test
    void each_section_is_followed_across_rounds_with_the_change_since_the_last_scored_round() {
        var trends = SectionTrend.of(List.of(round(level(1), level(2)), round(level(2), null), round(level(3), level(3))));

        var time = trends.get(0);
        assertThat(time.title()).isEqualTo("Time");
        assertThat(time.percents()).extracting(p -> p.getAsDouble()).containsExactly(0.0, 50.0, 100.0);
        assertThat(time.changeSinceLast().getAsDouble()).isCloseTo(50.0, within(1e-9));
        var skills = trends.get(1);
        assertThat(skills.percents().get(1)).isEmpty();                     // not answered in the middle round
        assertThat(skills.changeSinceLast().getAsDouble()).isCloseTo(50.0, within(1e-9));   // 100 - 50, across it
    }

    @Test
    void a_new_round_with_no_score_yet_shows_no_change_rather_than_an_old_one() {
        var trends = SectionTrend.of(List.of(round(level(1), level(2)), round(level(3), level(3)),
                round(AnswerValue.DONT_KNOW, AnswerValue.DONT_KNOW)));

        assertThat(trends.getFirst().percents().getLast()).isEmpty();
        assertThat(trends.getFirst().changeSinceLast()).isEmpty();
    }

    @Test
    void one_round_has_no_change_to_show() {
        assertThat(SectionTrend.of(List.of(round(level(2), level(2)))).getFirst().changeSinceLast()).isEmpty();
    }

    @Test
    void management_staff_per_thousand_patients_compares_practices_of_different_sizes() {
        var facts = new RoundFacts(9800, new BigDecimal("2.45"), 4, 3, 3);

        assertThat(facts.managementWtePerThousandPatients().getAsDouble()).isCloseTo(0.25, within(1e-9));
        assertThat(RoundFacts.NONE.managementWtePerThousandPatients()).isEmpty();
        assertThat(new RoundFacts(0, new BigDecimal("1"), null, null, null).managementWtePerThousandPatients()).isEmpty();
    }
}
