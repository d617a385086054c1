package org.practiceworkbook.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * Checks a document against one of the schemas shipped in {@code /schemas/} and words each failure for a person
 * editing the file. Compiling a schema takes a noticeable moment: build one per format, when first needed, and share it.
 */
public final class SchemaCheck {

    private final JsonSchema schema;
    private final JsonFormat format;

    public SchemaCheck(JsonFormat format) {
        this.format = format;
        String resource = format.schemaResource();
        try (InputStream in = SchemaCheck.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the program");
            }
            var config = SchemaValidatorsConfig.builder().pathType(PathType.JSON_POINTER).build();
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Found> check(JsonNode document) {
        var messages = schema.validate(document);
        // A value matching none of several forms is worded once, not once per form it failed.
        var oneOfPlaces = messages.stream().filter(m -> m.getType().equals("oneOf"))
                .map(m -> m.getInstanceLocation().toString()).collect(java.util.stream.Collectors.toSet());
        return messages.stream()
                .filter(m -> m.getType().equals("oneOf") || !oneOfPlaces.contains(m.getInstanceLocation().toString()))
                .map(this::word)
                .distinct()
                .sorted(Comparator.comparing(Found::pointer))
                .toList();
    }

    /** A problem before it is given a line and column. */
    public record Found(String pointer, String message) {
    }

    private Found word(ValidationMessage m) {
        String at = m.getInstanceLocation().toString();
        String field = lastSegment(at);
        Object[] args = m.getArguments() == null ? new Object[0] : m.getArguments();
        return switch (m.getType()) {
            case "required" -> new Found(at, "missing required field \"" + m.getProperty() + "\"");
            case "additionalProperties" -> new Found(at + "/" + m.getProperty(),
                    "unknown field \"" + m.getProperty() + "\" (check its spelling against " + format.documentation() + ")");
            case "type" -> new Found(at, "should be " + article(String.valueOf(args.length > 1 ? args[1] : "?"))
                    + ", not " + article(String.valueOf(args.length > 0 ? args[0] : "?")));
            case "const" -> new Found(at, "must be " + (args.length > 0 ? args[0] : "the documented value")
                    + (field.equals("formatVersion") ? " (this version of Practice Workbook reads " + format.title() + " format "
                    + format.newestVersion() + ")" : ""));
            case "enum" -> new Found(at, "is not one of the allowed values: " + (args.length > 0 ? args[0] : ""));
            case "minItems" -> new Found(at, "needs at least " + args[0] + " " + plural(field, args[0]));
            case "maxItems" -> new Found(at, "may have at most " + args[0] + " " + plural(field, args[0]));
            case "minLength" -> new Found(at, "must not be empty");
            case "maxLength" -> new Found(at, "is longer than " + args[0] + " characters");
            case "minimum" -> new Found(at, "must be at least " + args[0]);
            case "maximum" -> new Found(at, "must be at most " + args[0]);
            case "oneOf" -> new Found(at, field.equals("value")
                    ? "should be a level (a whole number from 1), \"na\", \"dontknow\" or null"
                    : "is not in any of the allowed forms (see " + format.documentation() + ")");
            case "uniqueItems" -> new Found(at, "lists the same value more than once");
            case "pattern" -> new Found(at, patternMessage(field, at, String.valueOf(args.length > 0 ? args[0] : "")));
            default -> new Found(at, m.getMessage().replaceFirst("^\\S*: ", ""));
        };
    }

    private static String patternMessage(String field, String pointer, String pattern) {
        if (pattern.contains("{8}-")) {
            return "is not an id of the form 0f8fad5b-d9cb-469f-a165-70867728950e";
        }
        if (pattern.startsWith("^[0-9]{4}-")) {
            return "must be a date in the form YYYY-MM-DD";
        }
        if (field.equals("id") || field.equals("itemId") || field.equals("packId")) {
            return "is not a valid id: use lower-case letters and digits, with single dots or hyphens between them";
        }
        if (field.equals("version") && pointer.equals("/version")) {
            return "must be MAJOR.MINOR, for example 1.0";
        }
        return "must not be blank";
    }

    private static String lastSegment(String pointer) {
        String last = pointer.substring(pointer.lastIndexOf('/') + 1);
        if (last.chars().allMatch(Character::isDigit) && pointer.lastIndexOf('/') > 0) {
            String parent = pointer.substring(0, pointer.lastIndexOf('/'));
            return parent.substring(parent.lastIndexOf('/') + 1);
        }
        return last;
    }

    private static String plural(String field, Object count) {
        String noun = switch (field) {
            case "scale" -> "levels";
            case "levels" -> "level descriptors";
            case "suggestedActions" -> "suggested actions";
            case "sections" -> "sections";
            case "items" -> "items";
            case "authors" -> "authors";
            default -> "entries";
        };
        return "1".equals(String.valueOf(count)) ? noun.replaceFirst("s$", "") : noun;
    }

    private static String article(String type) {
        return switch (type) {
            case "integer", "object", "array" -> "an " + type;
            case "null" -> "null";
            default -> "a " + type;
        };
    }
}
