package org.practiceworkbook.assessment;

/** Why an item has, or has no, score in a round. */
public enum ItemStatus {
    /** Scored from the consensus level, or from the respondents' levels. */
    SCORED,
    /** Nobody gave a level: unanswered, or only "don't know". */
    NO_LEVEL,
    /** Everyone who answered, or the consensus, said it does not apply. */
    NOT_APPLICABLE,
    /** The pack says it does not apply to this practice's organisational model or memberships. */
    SKIPPED_FOR_MODEL
}
