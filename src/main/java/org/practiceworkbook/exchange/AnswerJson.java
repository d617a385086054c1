package org.practiceworkbook.exchange;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.practiceworkbook.assessment.Answer;
import org.practiceworkbook.assessment.AnswerValue;
import org.practiceworkbook.json.SchemaCheck;

/**
 * An answer as every one of our files writes it: {@code {"itemId", "value", "note", "answeredAt"}}, where value is a
 * level, {@code "na"}, {@code "dontknow"} or null (only a note written so far), and times are RFC 3339 with an offset.
 */
final class AnswerJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private AnswerJson() {
    }

    static ObjectNode write(Answer answer) {
        ObjectNode node = NODES.objectNode();
        node.put("itemId", answer.itemId());
        node.set("value", value(answer.value()));
        if (answer.note() != null) {
            node.put("note", answer.note());
        }
        node.put("answeredAt", time(answer.answeredAt()));
        return node;
    }

    /** Reads an answer the schema and {@link #problems} have already passed. */
    static Answer read(JsonNode node) {
        return new Answer(node.get("itemId").asText(), value(node.get("value")),
                node.hasNonNull("note") ? node.get("note").asText() : null, instant(node.get("answeredAt").asText()));
    }

    static JsonNode value(AnswerValue value) {
        return switch (value) {
            case AnswerValue.Level level -> NODES.numberNode(level.value());
            case AnswerValue.NotApplicable _ -> NODES.textNode("na");
            case AnswerValue.DontKnow _ -> NODES.textNode("dontknow");
            case null -> NODES.nullNode();
        };
    }

    static AnswerValue value(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isIntegralNumber()) {
            return AnswerValue.level(node.asInt());
        }
        return "na".equals(node.asText()) ? AnswerValue.NOT_APPLICABLE : AnswerValue.DONT_KNOW;
    }

    /** RFC 3339 in UTC, as {@code 2027-03-14T09:30:00Z}. */
    static String time(Instant instant) {
        return instant.toString();
    }

    static Instant instant(String text) {
        return OffsetDateTime.parse(text).toInstant();
    }

    /** What a schema cannot check in a list of answers: real times, and each item answered once. */
    static void problems(JsonNode answers, String at, List<SchemaCheck.Found> found) {
        var seen = new java.util.HashMap<String, Integer>();
        for (int i = 0; i < answers.size(); i++) {
            JsonNode answer = answers.get(i);
            timeProblem(answer.path("answeredAt"), at + "/" + i + "/answeredAt").ifPresent(found::add);
            JsonNode itemId = answer.path("itemId");
            if (itemId.isTextual()) {
                Integer first = seen.putIfAbsent(itemId.asText(), i);
                if (first != null) {
                    found.add(new SchemaCheck.Found(at + "/" + i + "/itemId", "item \"" + itemId.asText()
                            + "\" is answered twice: already at " + at + "/" + first));
                }
            }
        }
    }

    /** A time that is not RFC 3339 with an offset, worded for the person reading the file. */
    static Optional<SchemaCheck.Found> timeProblem(JsonNode time, String at) {
        if (!time.isTextual()) {
            return Optional.empty();   // missing or of the wrong type: the schema says so
        }
        try {
            OffsetDateTime.parse(time.asText());
            return Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.of(new SchemaCheck.Found(at, "\"" + time.asText()
                    + "\" is not a time in the form 2027-03-14T09:30:00Z (RFC 3339, with an offset)"));
        }
    }
}
