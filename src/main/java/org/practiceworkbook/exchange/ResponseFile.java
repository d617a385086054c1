package org.practiceworkbook.exchange;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.practiceworkbook.assessment.Answer;
import org.practiceworkbook.assessment.OrganisationalModel;
import org.practiceworkbook.assessment.Role;
import org.practiceworkbook.questionnaire.PackRef;

/**
 * One person's answers to one questionnaire in one round, carried from another laptop ({@code .pwr}). Documented in
 * docs/response-files.md. {@code odsCode}, {@code model} and {@code respondentName} are null when not given.
 */
public record ResponseFile(Instant exportedAt, UUID fileId, PackRef pack, String practiceName, String odsCode,
                           OrganisationalModel model, String roundLabel, LocalDate roundDate, UUID respondentId,
                           String respondentName, Role role, List<Answer> answers) {

    public static final int FORMAT_VERSION = 1;
    public static final String EXTENSION = ".pwr";

    public ResponseFile {
        Objects.requireNonNull(exportedAt, "exportedAt");
        Objects.requireNonNull(fileId, "fileId");
        Objects.requireNonNull(pack, "pack");
        Objects.requireNonNull(practiceName, "practiceName");
        Objects.requireNonNull(roundLabel, "roundLabel");
        Objects.requireNonNull(roundDate, "roundDate");
        Objects.requireNonNull(respondentId, "respondentId");
        Objects.requireNonNull(role, "role");
        answers = List.copyOf(answers);
    }

    /** Who answered, as a facilitator is shown them: their name, or their role when they gave none. */
    public String respondentDisplayName() {
        return respondentName != null ? respondentName : role.label();
    }
}
