package org.practiceworkbook.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practiceworkbook.assessment.AnswerValue.DONT_KNOW;
import static org.practiceworkbook.assessment.AnswerValue.NOT_APPLICABLE;
import static org.practiceworkbook.assessment.AnswerValue.level;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.practiceworkbook.questionnaire.Questionnaire;

/**
 * A workshop on the three-level test pack: section "time" (time.protected, target 2; time.pcn-support, PCN members
 * only) and section "skills" (skills.qualified, target 3).
 */
class DiscussionTest {

    private static final Questionnaire SMALL = TestQuestionnaires.small();
    private static final Instant AT = Instant.parse("2027-03-14T10:00:00Z");

    private static RespondentAnswers person(String name, Role role, Object... itemValueNote) {
        var answers = new java.util.HashMap<String, Answer>();
        for (int i = 0; i < itemValueNote.length; i += 3) {
            String item = (String) itemValueNote[i];
            answers.put(item, new Answer(item, (AnswerValue) itemValueNote[i + 1], (String) itemValueNote[i + 2], AT));
        }
        return new RespondentAnswers(new Respondent(name.hashCode(), 1, UUID.randomUUID(), name, role), answers);
    }

    private static final List<RespondentAnswers> ROOM = List.of(
            person("Ana", Role.GP_PARTNER, "time.protected", level(1), "Never kept", "skills.qualified", level(3), null),
            person("Sam", Role.PRACTICE_MANAGER, "time.protected", level(3), null, "skills.qualified", DONT_KNOW, null),
            person("Lee", Role.NURSE, "time.protected", level(3), "Kept on Tuesdays", "skills.qualified", NOT_APPLICABLE, null),
            person("Kit", Role.ADMIN, "time.protected", null, "Not sure what counts", "skills.qualified", level(2), null));

    @Test
    void each_item_shows_how_many_chose_each_level_its_spread_and_every_note_in_order() {
        var items = Discussion.build(SMALL, Set.of("partnership"), ROOM, Map.of(), Map.of(),
                Discussion.PartnersOnly.NONE);

        assertThat(items).extracting(d -> d.item().id()).containsExactly("time.protected", "skills.qualified");
        var protectedTime = items.getFirst();
        assertThat(protectedTime.levelCounts()).containsExactly(1, 0, 2);
        assertThat(protectedTime.answered()).isEqualTo(3);                 // Kit wrote only a note
        assertThat(protectedTime.score().score()).hasValue(7.0 / 3);
        assertThat(protectedTime.score().isDisagreement()).isTrue();
        assertThat(protectedTime.notes()).extracting(ItemDiscussion.Note::text)
                .containsExactly("Never kept", "Kept on Tuesdays", "Not sure what counts");
        var qualified = items.get(1);
        assertThat(qualified.levelCounts()).containsExactly(0, 1, 1);
        assertThat(qualified.answered()).isEqualTo(4);
        assertThat(qualified.score().gap()).hasValue(0.5);                 // target 3, mean of 3 and 2
    }

    @Test
    void an_agreed_level_becomes_the_score_while_the_spread_stays_the_peoples() {
        var agreed = Map.of("time.protected", new Consensus("time.protected", level(2), "Kept half the time", AT));

        var protectedTime = Discussion.build(SMALL, Set.of("partnership"), ROOM, agreed, Map.of("time.protected", 3),
                Discussion.PartnersOnly.NONE).getFirst();

        assertThat(protectedTime.score().score()).hasValue(2.0);
        assertThat(protectedTime.score().fromConsensus()).isTrue();
        assertThat(protectedTime.score().spread().range()).isEqualTo(2);
        assertThat(protectedTime.score().gap()).hasValue(1.0);             // the round's target 3 beats the pack's 2
        assertThat(protectedTime.consensus()).map(Consensus::note).hasValue("Kept half the time");
    }

    @Test
    void a_partners_only_section_is_scored_by_partners_alone_and_hidden_from_the_team_unless_included() {
        var partnersOnly = new Discussion.PartnersOnly(Set.of("time"), false);
        var hidden = Discussion.build(SMALL, Set.of("partnership"), ROOM, Map.of(), Map.of(), partnersOnly);
        assertThat(hidden).extracting(d -> d.item().id()).containsExactly("skills.qualified");

        var included = Discussion.build(SMALL, Set.of("partnership"), ROOM, Map.of(), Map.of(),
                new Discussion.PartnersOnly(Set.of("time"), true));
        var protectedTime = included.getFirst();
        assertThat(protectedTime.levelCounts()).containsExactly(1, 0, 0);  // Ana alone is a partner
        assertThat(protectedTime.notes()).extracting(n -> n.respondent().name()).containsExactly("Ana");
        assertThat(partnersOnly.asks(SMALL.sections().getFirst(), Role.NURSE)).isFalse();
        assertThat(partnersOnly.asks(SMALL.sections().getFirst(), Role.NON_GP_PARTNER)).isTrue();
    }

    @Test
    void the_room_can_take_items_by_disagreement_or_by_gap_to_target() {
        var five = TestQuestionnaires.fiveLevels(4, 5, 3);
        var room = List.of(
                person("A", Role.GP_PARTNER, "i1", level(3), null, "i2", level(1), null, "i3", level(2), null),
                person("B", Role.NURSE, "i1", level(3), null, "i2", level(5), null, "i3", level(3), null));
        var items = Discussion.build(five, Set.of(), room, Map.of(), Map.of(), Discussion.PartnersOnly.NONE);

        assertThat(Discussion.sorted(items, Discussion.Order.DISAGREEMENT)).extracting(d -> d.item().id())
                .containsExactly("i2", "i3", "i1");
        // Gaps: i1 4 - 3 = 1; i2 5 - 3 = 2; i3 3 - 2.5 = 0.5.
        assertThat(Discussion.sorted(items, Discussion.Order.GAP)).extracting(d -> d.item().id())
                .containsExactly("i2", "i1", "i3");
        assertThat(Discussion.sorted(items, Discussion.Order.QUESTIONNAIRE)).isEqualTo(items);
    }
}
