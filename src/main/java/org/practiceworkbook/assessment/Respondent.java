package org.practiceworkbook.assessment;

import java.util.Objects;
import java.util.UUID;

/**
 * A person answering in a round. {@code publicId} stays the same across exports of their answers; {@code name} is
 * null when they chose not to give one.
 */
public record Respondent(long id, long roundId, UUID publicId, String name, Role role) {

    public Respondent {
        Objects.requireNonNull(publicId, "publicId");
        if (role == null) {
            throw new InvalidInputException("role", "choose the respondent's role");
        }
        name = Text.blankToNull(name, "name", Practice.MAX_NAME_LENGTH);
    }

    /** How to show them: their name, or their role when they gave no name. */
    public String displayName() {
        return name != null ? name : role.label();
    }
}
