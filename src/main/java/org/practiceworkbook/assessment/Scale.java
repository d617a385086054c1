package org.practiceworkbook.assessment;

/** Conversions on a maturity scale of N levels. */
public final class Scale {

    private Scale() {
    }

    /** (level - 1) / (N - 1) as a percentage, so packs with different scales compare. */
    public static double percent(double level, int levelCount) {
        return (level - 1) / (levelCount - 1) * 100.0;
    }
}
