package org.practiceworkbook.assessment;

import java.util.Comparator;
import java.util.List;

/**
 * Which items to act on first: the largest gap below target, then disagreement in the team, then the lowest score.
 * An item is worth acting on when it is below its target, when the team disagrees about it, or, when it has no
 * target, when it is below the top of the scale. Items above target with the team agreed are left out.
 */
public final class ActionRanking {

    private static final Comparator<ItemScore> ORDER = Comparator
            .comparingDouble((ItemScore i) -> -Math.max(0, i.gap().orElse(0)))
            .thenComparing(i -> !i.isDisagreement())
            .thenComparingDouble(i -> i.score().orElseThrow());

    private ActionRanking() {
    }

    public static List<ItemScore> rank(QuestionnaireScore result) {
        return rank(result.items().toList());
    }

    /** The same ranking over any items' scores, for instance those a round's results show. */
    public static List<ItemScore> rank(List<ItemScore> items) {
        // A stable sort keeps pack order among equals, so the list reads in the questionnaire's order.
        return items.stream().filter(ActionRanking::worthActingOn).sorted(ORDER).toList();
    }

    static boolean worthActingOn(ItemScore item) {
        if (!item.isScored()) {
            return false;
        }
        if (item.isDisagreement()) {
            return true;
        }
        if (item.target().isPresent()) {
            return item.gap().orElseThrow() > 0;
        }
        return item.score().orElseThrow() < item.levelCount();
    }
}
