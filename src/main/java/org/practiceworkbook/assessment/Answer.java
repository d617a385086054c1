package org.practiceworkbook.assessment;

import java.time.Instant;
import java.util.Objects;

/**
 * One respondent's answer to one item. {@code value} is null while only a note has been written; {@code note} is
 * null when there is none.
 */
public record Answer(String itemId, AnswerValue value, String note, Instant answeredAt) {

    public static final int MAX_NOTE_LENGTH = 4000;

    public Answer {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(answeredAt, "answeredAt");
        if (note != null && note.isBlank()) {
            note = null;
        }
        if (note != null && note.length() > MAX_NOTE_LENGTH) {
            throw new InvalidInputException("note", "the note is longer than " + MAX_NOTE_LENGTH + " characters");
        }
    }
}
