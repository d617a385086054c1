package org.practiceworkbook.exchange;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import org.practiceworkbook.json.SchemaCheck;

/** Dates in our files are YYYY-MM-DD; the schema checks the form, this checks the day exists (no 31 June). */
final class DateRules {

    private DateRules() {
    }

    static Optional<SchemaCheck.Found> problem(JsonNode date, String at) {
        if (!date.isTextual() || !date.asText().matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
            return Optional.empty();   // the schema reports the form
        }
        try {
            LocalDate.parse(date.asText());
            return Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.of(new SchemaCheck.Found(at, "\"" + date.asText() + "\" is not a real date"));
        }
    }
}
