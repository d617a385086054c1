package org.practiceworkbook.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** small.json: "time" holds time.protected and time.pcn-support (PCN members only); "skills" holds skills.qualified. */
class AnswerSheetTest {

    private static final Instant NOW = Instant.parse("2027-03-14T09:30:00Z");

    private static Answer answer(String item, AnswerValue value) {
        return new Answer(item, value, null, NOW);
    }

    @Test
    void items_for_other_models_are_not_asked_and_not_counted() {
        var sheet = new AnswerSheet(TestQuestionnaires.small(), Set.of("partnership"), Map.of());

        assertThat(sheet.askedItems()).extracting(i -> i.id()).containsExactly("time.protected", "skills.qualified");
        var time = sheet.sectionProgress().getFirst();
        assertThat(time.asked()).isEqualTo(1);
        assertThat(time.skipped()).isEqualTo(1);
        assertThat(new AnswerSheet(TestQuestionnaires.small(), Set.of("partnership", "pcn-member"), Map.of()).askedCount())
                .isEqualTo(3);
    }

    @Test
    void progress_counts_levels_not_applicable_and_dont_know_but_not_a_note_alone() {
        var sheet = new AnswerSheet(TestQuestionnaires.small(), Set.of("partnership", "pcn-member"), Map.of(
                "time.protected", answer("time.protected", AnswerValue.DONT_KNOW),
                "time.pcn-support", new Answer("time.pcn-support", null, "Ask the PCN manager", NOW)));

        var time = sheet.sectionProgress().getFirst();
        assertThat(time.answered()).isEqualTo(1);
        assertThat(time.asked()).isEqualTo(2);
        assertThat(time.dontKnow()).isEqualTo(1);
        assertThat(sheet.answeredCount()).isEqualTo(1);
        assertThat(sheet.unanswered(time.section())).extracting(i -> i.id()).containsExactly("time.pcn-support");
    }

    @Test
    void the_next_gap_is_found_after_the_current_item_and_wraps_round() {
        var sheet = new AnswerSheet(TestQuestionnaires.small(), Set.of("pcn-member"), Map.of(
                "time.pcn-support", answer("time.pcn-support", AnswerValue.level(2))));

        assertThat(sheet.nextUnanswered(1)).contains(2);
        assertThat(sheet.nextUnanswered(0)).contains(0);
        var changed = sheet.with(answer("skills.qualified", AnswerValue.NOT_APPLICABLE));
        assertThat(changed.nextUnanswered(1)).contains(0);
        assertThat(changed.with(answer("time.protected", AnswerValue.level(3))).nextUnanswered(0)).isEmpty();
        assertThat(sheet.answeredCount()).as("the original sheet is unchanged").isEqualTo(1);
    }

    @Test
    void a_section_kept_for_partners_is_not_asked_of_anyone_else_and_says_why() {
        var sheet = new AnswerSheet(TestQuestionnaires.small(), Set.of("partnership"), Set.of("time"), Map.of());

        assertThat(sheet.askedItems()).extracting(i -> i.id()).containsExactly("skills.qualified");
        var time = sheet.sectionProgress().getFirst();
        assertThat(time.partnersOnly()).isTrue();
        assertThat(time.asked()).isZero();
        assertThat(time.skipped()).isZero();
        assertThat(sheet.with(answer("skills.qualified", AnswerValue.level(2))).isComplete()).isTrue();
    }
}
