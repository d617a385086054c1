package org.practiceworkbook.assessment;

import java.util.OptionalDouble;
import java.util.OptionalInt;

import org.practiceworkbook.questionnaire.Item;

/**
 * One item's result in a round.
 *
 * @param score          the consensus level when set, else the mean of respondents' levels; empty when unscored
 * @param fromConsensus  whether the score is the group's agreed level
 * @param spread         respondents' levels (consensus not included)
 * @param target         the round's target, else the pack's default; empty when neither
 */
public record ItemScore(Item item, ItemStatus status, OptionalDouble score, boolean fromConsensus, Spread spread,
                        int dontKnowCount, int notApplicableCount, OptionalInt target, int levelCount) {

    public boolean isScored() {
        return status == ItemStatus.SCORED;
    }

    /** The score as a percentage of the scale: level 1 is 0%, level N is 100%. */
    public OptionalDouble percent() {
        return score.isPresent() ? OptionalDouble.of(Scale.percent(score.getAsDouble(), levelCount)) : OptionalDouble.empty();
    }

    /** How far the score falls short of the target; negative when above it; empty without both. */
    public OptionalDouble gap() {
        return score.isPresent() && target.isPresent()
                ? OptionalDouble.of(target.getAsInt() - score.getAsDouble())
                : OptionalDouble.empty();
    }

    public boolean isDisagreement() {
        return spread.isDisagreement();
    }
}
