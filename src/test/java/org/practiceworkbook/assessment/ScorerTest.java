package org.practiceworkbook.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.practiceworkbook.assessment.AnswerValue.DONT_KNOW;
import static org.practiceworkbook.assessment.AnswerValue.NOT_APPLICABLE;
import static org.practiceworkbook.assessment.AnswerValue.level;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.practiceworkbook.questionnaire.Questionnaire;

/**
 * Hand-worked examples on a three-level pack: section "time" holds time.protected (target 2) and time.pcn-support
 * (PCN members only); section "skills" holds skills.qualified (target 3).
 */
class ScorerTest {

    private static final Questionnaire SMALL = TestQuestionnaires.small();
    private static final Set<String> PARTNERSHIP = Set.of("partnership");

    /** A scores 1 and 3; B 3 and don't know; C 2 and not applicable. */
    private static final List<Map<String, AnswerValue>> THREE_PEOPLE = List.of(
            Map.of("time.protected", level(1), "skills.qualified", level(3)),
            Map.of("time.protected", level(3), "skills.qualified", DONT_KNOW),
            Map.of("time.protected", level(2), "skills.qualified", NOT_APPLICABLE));

    @Test
    void without_consensus_an_item_scores_the_mean_of_levels_given_and_sections_the_mean_of_items() {
        var result = Scorer.score(SMALL, PARTNERSHIP, RoundResponses.ofRespondents(THREE_PEOPLE));

        var time = result.sections().get(0);
        var protectedTime = time.items().get(0);
        assertThat(protectedTime.score()).hasValue(2.0);               // (1 + 3 + 2) / 3
        assertThat(protectedTime.spread().range()).isEqualTo(2);
        assertThat(protectedTime.spread().standardDeviation()).isCloseTo(Math.sqrt(2.0 / 3), within(1e-9));
        assertThat(protectedTime.isDisagreement()).isTrue();
        assertThat(protectedTime.gap()).hasValue(0.0);                   // target 2
        assertThat(time.items().get(1).status()).isEqualTo(ItemStatus.SKIPPED_FOR_MODEL);
        assertThat(time.score()).hasValue(2.0);                          // the skipped item is left out
        assertThat(time.percent().getAsDouble()).isCloseTo(50.0, within(1e-9));

        var qualified = result.sections().get(1).items().get(0);
        assertThat(qualified.score()).hasValue(3.0);                     // don't know and N/A are not scored
        assertThat(qualified.dontKnowCount()).isEqualTo(1);
        assertThat(qualified.notApplicableCount()).isEqualTo(1);
        assertThat(result.score()).hasValue(2.5);                        // (2.0 + 3.0) / 2
        assertThat(result.percent().getAsDouble()).isCloseTo(75.0, within(1e-9));
    }

    @Test
    void a_consensus_level_replaces_the_mean_and_the_gap_to_target_follows_it() {
        var responses = new RoundResponses(THREE_PEOPLE, Map.of("time.protected", level(1)), Map.of());

        var result = Scorer.score(SMALL, PARTNERSHIP, responses);
        var protectedTime = result.sections().get(0).items().get(0);

        assertThat(protectedTime.score()).hasValue(1.0);
        assertThat(protectedTime.fromConsensus()).isTrue();
        assertThat(protectedTime.gap()).hasValue(1.0);
        assertThat(protectedTime.spread().range()).as("spread still shows the individual scores").isEqualTo(2);
        assertThat(result.score()).hasValue(2.0);                        // (1.0 + 3.0) / 2
    }

    @Test
    void a_round_target_overrides_the_pack_default() {
        var responses = new RoundResponses(THREE_PEOPLE, Map.of(), Map.of("skills.qualified", 2));

        var qualified = Scorer.score(SMALL, PARTNERSHIP, responses).sections().get(1).items().get(0);

        assertThat(qualified.target()).hasValue(2);
        assertThat(qualified.gap()).hasValue(-1.0);
    }

    @Test
    void when_everything_is_not_applicable_nothing_is_scored_and_no_score_is_invented() {
        var allNa = List.of(Map.<String, AnswerValue>of("time.protected", NOT_APPLICABLE, "skills.qualified", NOT_APPLICABLE));

        var result = Scorer.score(SMALL, PARTNERSHIP, RoundResponses.ofRespondents(allNa));

        assertThat(result.items()).extracting(ItemScore::status).containsExactly(
                ItemStatus.NOT_APPLICABLE, ItemStatus.SKIPPED_FOR_MODEL, ItemStatus.NOT_APPLICABLE);
        assertThat(result.sections()).allSatisfy(s -> assertThat(s.score()).isEmpty());
        assertThat(result.score()).isEmpty();
        assertThat(result.percent()).isEmpty();
        assertThat(ActionRanking.rank(result)).isEmpty();
    }

    @Test
    void a_single_respondent_scores_exactly_their_answers_with_no_spread() {
        var one = List.of(Map.<String, AnswerValue>of("time.protected", level(2), "time.pcn-support", level(1),
                "skills.qualified", level(1)));

        var result = Scorer.score(SMALL, Set.of("partnership", "pcn-member"), RoundResponses.ofRespondents(one));

        assertThat(result.items()).extracting(i -> i.score().getAsDouble()).containsExactly(2.0, 1.0, 1.0);
        assertThat(result.items()).allSatisfy(i -> {
            assertThat(i.spread().count()).isEqualTo(1);
            assertThat(i.spread().range()).isZero();
            assertThat(i.spread().standardDeviation()).isZero();
        });
        assertThat(result.sections().get(0).score()).hasValue(1.5);
        assertThat(result.score()).hasValue(1.25);
    }

    @Test
    void only_dont_know_answers_leave_the_item_unscored_but_counted() {
        var unsure = List.of(Map.<String, AnswerValue>of("skills.qualified", DONT_KNOW),
                Map.<String, AnswerValue>of("skills.qualified", DONT_KNOW));

        var result = Scorer.score(SMALL, PARTNERSHIP, RoundResponses.ofRespondents(unsure));
        var skills = result.sections().get(1);

        assertThat(skills.items().get(0).status()).isEqualTo(ItemStatus.NO_LEVEL);
        assertThat(skills.dontKnowCount()).isEqualTo(2);
        assertThat(skills.score()).isEmpty();
    }

    @Test
    void nobody_answering_gives_no_score_anywhere() {
        var result = Scorer.score(SMALL, PARTNERSHIP, RoundResponses.NONE);

        assertThat(result.items()).extracting(ItemScore::status)
                .containsExactly(ItemStatus.NO_LEVEL, ItemStatus.SKIPPED_FOR_MODEL, ItemStatus.NO_LEVEL);
        assertThat(result.score()).isEmpty();
    }
}
