package org.practiceworkbook.json;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

/**
 * Where each value of a JSON document starts (line and column, by JSON pointer), so a problem found in the parsed
 * tree can be reported at its place in the file.
 */
public final class JsonLocations {

    public record Position(int line, int column) {
    }

    private static final JsonFactory FACTORY = JsonLimits.factory(true);

    private final Map<String, Position> byPointer;

    private JsonLocations(Map<String, Position> byPointer) {
        this.byPointer = byPointer;
    }

    /** Reads every token once; a syntax error comes back as a problem with its line, column and pointer. */
    public static JsonLocations scan(String source, byte[] json, JsonFormat format) throws InvalidJsonException {
        try (JsonParser parser = FACTORY.createParser(json)) {
            try {
                return new JsonLocations(walk(parser, source, format));
            } catch (JsonProcessingException e) {
                // A limit passed says nothing of where: the parser, stopped at that value, does.
                throw located(source, e, parser);
            }
        } catch (JsonProcessingException e) {
            throw located(source, e, null);
        } catch (IOException e) {
            throw new IllegalStateException("reading from memory cannot fail", e);
        }
    }

    private static Map<String, Position> walk(JsonParser parser, String source, JsonFormat format)
            throws IOException, InvalidJsonException {
        var positions = new HashMap<String, Position>();
        JsonToken token;
        while ((token = parser.nextToken()) != null) {
            if (token == JsonToken.FIELD_NAME || token.isStructEnd()) {
                continue;
            }
            if (token == JsonToken.VALUE_STRING) {
                parser.getText();   // reads the whole text, so its length is checked here too
            }
            if (token == JsonToken.VALUE_NUMBER_FLOAT && !Double.isFinite(parser.getDoubleValue())) {
                // Read as a double it is infinite, which no check downstream can compare with anything.
                throw new InvalidJsonException(java.util.List.of(new JsonProblem(source,
                        parser.currentTokenLocation().getLineNr(), parser.currentTokenLocation().getColumnNr(),
                        parser.getParsingContext().pathAsPointer().toString(),
                        "the number " + abbreviated(parser.getText()) + " is too large")));
            }
            JsonStreamContext context = parser.getParsingContext();
            JsonStreamContext owner = token.isStructStart() ? context.getParent() : context;
            positions.putIfAbsent(owner.pathAsPointer().toString(), position(parser.currentTokenLocation()));
        }
        if (positions.isEmpty()) {
            throw new InvalidJsonException(java.util.List.of(
                    new JsonProblem(source, 1, 1, "", "the file is empty: a " + format.title() + " is a JSON object")));
        }
        return positions;
    }

    /** The position of the value at {@code pointer}, or of the nearest enclosing value that has one. */
    public Position of(String pointer) {
        String p = pointer;
        while (true) {
            Position found = byPointer.get(p);
            if (found != null) {
                return found;
            }
            if (p.isEmpty()) {
                return new Position(1, 1);
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }

    private static Position position(JsonLocation location) {
        return new Position(location.getLineNr(), location.getColumnNr());
    }

    private static InvalidJsonException located(String source, JsonProcessingException e, JsonParser parser) {
        JsonLocation at = e.getLocation() != null ? e.getLocation() : parser != null ? parser.currentLocation() : null;
        String pointer = parser != null ? parser.getParsingContext().pathAsPointer().toString()
                : e.getProcessor() instanceof JsonParser p ? p.getParsingContext().pathAsPointer().toString() : "";
        return new InvalidJsonException(java.util.List.of(new JsonProblem(source,
                at == null ? 1 : Math.max(1, at.getLineNr()), at == null ? 1 : Math.max(1, at.getColumnNr()),
                pointer, e instanceof StreamConstraintsException ? beyondLimit(e.getOriginalMessage())
                : "JSON syntax error: " + firstLine(e.getOriginalMessage()))));
    }

    /** A limit of {@link JsonLimits} passed, in words a person editing the file can act on. */
    private static String beyondLimit(String message) {
        if (message.startsWith("Document nesting depth")) {
            return "values are nested more than " + JsonLimits.MAX_NESTING + " deep, far deeper than the format ever goes";
        }
        if (message.startsWith("String value length")) {
            return "a text is longer than " + String.format("%,d", JsonLimits.MAX_TEXT) + " characters";
        }
        if (message.startsWith("Name length")) {
            return "a field name is longer than " + String.format("%,d", JsonLimits.MAX_NAME) + " characters";
        }
        if (message.startsWith("Number value length")) {
            return "a number is longer than " + JsonLimits.MAX_NUMBER + " digits";
        }
        return "the file goes beyond what Practice Workbook reads: " + firstLine(message);
    }

    private static String abbreviated(String text) {
        return text.length() <= 20 ? text : text.substring(0, 20) + "…";
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
