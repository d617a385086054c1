package org.practiceworkbook.assessment;

import java.util.List;

/**
 * How far apart respondents' levels for one item are. The standard deviation is the population one: the people in
 * the room are the whole group being described, not a sample of a larger one.
 */
public record Spread(int count, int min, int max, double standardDeviation) {

    public static final Spread NONE = new Spread(0, 0, 0, 0);

    /** A range this wide (in levels) or wider is flagged as disagreement to discuss. */
    public static final int DISAGREEMENT_RANGE = 2;

    public static Spread of(List<Integer> levels) {
        if (levels.isEmpty()) {
            return NONE;
        }
        int min = levels.stream().mapToInt(Integer::intValue).min().orElseThrow();
        int max = levels.stream().mapToInt(Integer::intValue).max().orElseThrow();
        double mean = levels.stream().mapToInt(Integer::intValue).average().orElseThrow();
        double variance = levels.stream().mapToDouble(l -> (l - mean) * (l - mean)).sum() / levels.size();
        return new Spread(levels.size(), min, max, Math.sqrt(variance));
    }

    public int range() {
        return count == 0 ? 0 : max - min;
    }

    public boolean isDisagreement() {
        return range() >= DISAGREEMENT_RANGE;
    }
}
