package org.practiceworkbook.assessment;

import java.time.Instant;
import java.util.Objects;

/**
 * What the group agreed for one item after seeing the spread of individual scores: a level, "not applicable" or
 * "don't know", and the discussion note. {@code value} is null while only a note has been written.
 */
public record Consensus(String itemId, AnswerValue value, String note, Instant decidedAt) {

    public Consensus {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(decidedAt, "decidedAt");
        if (note != null && note.isBlank()) {
            note = null;
        }
        if (note != null && note.length() > Answer.MAX_NOTE_LENGTH) {
            throw new InvalidInputException("discussion note",
                    "the discussion note is longer than " + Answer.MAX_NOTE_LENGTH + " characters");
        }
    }
}
