package org.practiceworkbook.assessment;

/** What a person chose for an item: a level on the scale, "not applicable", or "don't know". */
public sealed interface AnswerValue {

    NotApplicable NOT_APPLICABLE = new NotApplicable();
    DontKnow DONT_KNOW = new DontKnow();

    /** The level's value object; levels are few, so one shared instance each. */
    static Level level(int level) {
        if (level < 1 || level > Level.SHARED.length) {
            return new Level(level);   // refused by Level's own check, with its message
        }
        return Level.SHARED[level - 1];
    }

    /** A level on the scale, 1 to N. */
    record Level(int value) implements AnswerValue {
        private static final Level[] SHARED = {new Level(1), new Level(2), new Level(3), new Level(4), new Level(5),
                new Level(6), new Level(7)};

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
