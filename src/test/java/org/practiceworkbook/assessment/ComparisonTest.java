package org.practiceworkbook.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.practiceworkbook.assessment.AnswerValue.level;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Three practices on the three-level test pack, each scored by one person, side by side against the median. */
class ComparisonTest {

    private static final Instant AT = Instant.parse("2027-03-14T10:00:00Z");

    private static Comparison.Entry practice(String name, AnswerValue protectedTime, AnswerValue qualified) {
        var answers = new java.util.HashMap<String, Answer>();
        answers.put("time.protected", new Answer("time.protected", protectedTime, null, AT));
        answers.put("skills.qualified", new Answer("skills.qualified", qualified, null, AT));
        var person = new RespondentAnswers(new Respondent(1, 1, UUID.randomUUID(), null, Role.PRACTICE_MANAGER), answers);
        return new Comparison.Entry(name, "Baseline", Results.of(TestQuestionnaires.small(), Set.of("partnership"),
                List.of(person), Map.of(), Map.of(), Discussion.PartnersOnly.NONE));
    }

    @Test
    void each_practice_stands_against_the_median_of_the_group_section_by_section() {
        var comparison = Comparison.of(List.of(practice("Riverside", level(1), level(3)),
                practice("Hillside", level(2), level(2)), practice("Vale", level(3), AnswerValue.DONT_KNOW)));

        assertThat(comparison.sections()).containsExactly(Map.entry("time", "Time"), Map.entry("skills", "Skills"));
        assertThat(comparison.medians().get("time").getAsDouble()).isCloseTo(50.0, within(1e-9));    // 0, 50, 100
        assertThat(comparison.medians().get("skills").getAsDouble()).isCloseTo(75.0, within(1e-9));  // 100 and 50
        var riverside = comparison.rows().getFirst();
        assertThat(riverside.fromMedian("time", comparison).getAsDouble()).isCloseTo(-50.0, within(1e-9));
        assertThat(riverside.fromMedian("skills", comparison).getAsDouble()).isCloseTo(25.0, within(1e-9));
        assertThat(comparison.rows().get(2).fromMedian("skills", comparison)).isEmpty();   // Vale did not know
    }
}
