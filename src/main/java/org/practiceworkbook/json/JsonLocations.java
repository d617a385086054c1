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
import com.fasterxml.jackson.core.StreamReadFeature;

/**
 * Where each value of a JSON document starts (line and column, by JSON pointer), so a problem found in the parsed
 * tree can be reported at its place in the file.
 */
public final class JsonLocations {

    public record Position(int line, int column) {
    }

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final Map<String, Position> byPointer;

    private JsonLocations(Map<String, Position> byPointer) {
        this.byPointer = byPointer;
    }

    /** Reads every token once; a syntax error comes back as a problem with its line, column and pointer. */
    public static JsonLocations scan(String source, byte[] json, JsonFormat format) throws InvalidJsonException {
        var positions = new HashMap<String, Position>();
        try (JsonParser parser = FACTORY.createParser(json)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.FIELD_NAME || token.isStructEnd()) {
                    continue;
                }
                JsonStreamContext context = parser.getParsingContext();
                JsonStreamContext owner = token.isStructStart() ? context.getParent() : context;
                positions.putIfAbsent(owner.pathAsPointer().toString(), position(parser.currentTokenLocation()));
            }
            if (positions.isEmpty()) {
                throw new InvalidJsonException(java.util.List.of(
                        new JsonProblem(source, 1, 1, "", "the file is empty: a " + format.title() + " is a JSON object")));
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String pointer = e.getProcessor() instanceof JsonParser p ? p.getParsingContext().pathAsPointer().toString() : "";
            throw new InvalidJsonException(java.util.List.of(new JsonProblem(source,
                    at == null ? 1 : Math.max(1, at.getLineNr()), at == null ? 1 : Math.max(1, at.getColumnNr()),
                    pointer, "JSON syntax error: " + firstLine(e.getOriginalMessage()))));
        } catch (IOException e) {
            throw new IllegalStateException("reading from memory cannot fail", e);
        }
        return new JsonLocations(positions);
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

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
