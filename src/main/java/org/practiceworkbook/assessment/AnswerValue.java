package org.practiceworkbook.assessment;

/** What a person chose for an item: a level on the scale, "not applicable", or "don't know". */
public sealed interface AnswerValue {

    NotApplicable NOT_APPLICABLE = new NotApplicable();
    DontKnow DONT_KNOW = new DontKnow();

    static Level level(int level) {
        return new Level(level);
    }

    /** A level on the scale, 1 to N. */
    record Level(int value) implements AnswerValue {
        public Level {
            if (value < 1 || value > 7) {
                throw new InvalidInputException("level", "a level must be between 1 and 7, not " + value);
            }
        }
    }

    /** The item does not apply to this practice; it is left out of every score. */
    record NotApplicable() implements AnswerValue {
    }

    /** The person does not know; counted and reported, never scored. */
    record DontKnow() implements AnswerValue {
    }
}
