package org.practiceworkbook.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practiceworkbook.assessment.AnswerValue.level;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ActionRankingTest {

    @Test
    void items_are_ranked_by_gap_then_disagreement_then_lowest_score() {
        // targets: i1 4, i2 4, i3 4, i4 none, i5 3, i6 none
        var q = TestQuestionnaires.fiveLevels(4, 4, 4, 0, 3, 0);
        var responses = RoundResponses.ofRespondents(List.of(
                Map.of("i1", level(3), "i2", level(1), "i3", level(2), "i4", level(2), "i5", level(3), "i6", level(5)),
                Map.of("i1", level(3), "i2", level(1), "i3", level(4), "i4", level(2), "i5", level(5), "i6", level(5))));
        // scores: i1 3 (gap 1), i2 1 (gap 3), i3 3 (gap 1, range 2), i4 2 (no target), i5 4 (above target, range 2),
        // i6 5 (top of the scale, agreed)

        var ranked = ActionRanking.rank(Scorer.score(q, Set.of("partnership"), responses));

        assertThat(ranked).extracting(i -> i.item().id()).containsExactly("i2", "i3", "i1", "i5", "i4");
    }

    @Test
    void items_at_or_above_target_that_the_team_agrees_on_are_not_listed() {
        var q = TestQuestionnaires.fiveLevels(3, 3);
        var responses = RoundResponses.ofRespondents(List.of(Map.of("i1", level(3), "i2", level(4))));

        assertThat(ActionRanking.rank(Scorer.score(q, Set.of("partnership"), responses))).isEmpty();
    }
}
