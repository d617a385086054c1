package org.practiceworkbook.json;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads one of our JSON formats whole before anything is done with it: syntax, the {@code formatVersion} (a file from
 * a newer program is refused with words saying so), the shipped schema, and the rules a schema cannot express.
 * Every problem comes back at once, each with its line, column and JSON pointer. Thread-safe; build one per format.
 */
public final class CheckedJson {

    /** The rules a schema cannot express: given the parsed document and where its values are, what is wrong. */
    @FunctionalInterface
    public interface Rules extends BiFunction<JsonNode, JsonLocations, List<SchemaCheck.Found>> {
    }

    private final ObjectMapper mapper;
    private final JsonFormat format;
    private volatile SchemaCheck schema;

    public CheckedJson(ObjectMapper mapper, JsonFormat format) {
        this.mapper = mapper;
        this.format = format;
    }

    /**
     * @param source the name problems are reported under (usually the file name)
     * @throws InvalidJsonException listing every problem found
     */
    public JsonNode read(String source, byte[] json, Rules rules) throws InvalidJsonException {
        if (json.length > format.maxBytes()) {
            throw JsonFiles.tooLarge(source, source, format, json.length);
        }
        JsonLocations locations = JsonLocations.scan(source, json, format);
        JsonNode document;
        try {
            document = mapper.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException("the document was already scanned without error", e);
        }
        JsonNode formatVersion = document.path("formatVersion");
        if (formatVersion.isIntegralNumber() && formatVersion.asLong() > format.newestVersion()) {
            var at = locations.of("/formatVersion");
            throw new InvalidJsonException(List.of(new JsonProblem(source, at.line(), at.column(), "/formatVersion",
                    "made by a newer version of Practice Workbook (format " + formatVersion.asLong()
                            + "; this version reads up to " + format.newestVersion() + ")")));
        }
        var found = new ArrayList<>(schema().check(document));
        if (document.isObject()) {
            found.addAll(rules.apply(document, locations));
        }
        if (!found.isEmpty()) {
            throw new InvalidJsonException(found.stream().distinct().map(f -> {
                JsonLocations.Position at = locations.of(f.pointer());
                return new JsonProblem(source, at.line(), at.column(), f.pointer(), f.message());
            }).sorted(Comparator.comparingInt(JsonProblem::line).thenComparingInt(JsonProblem::column)).toList());
        }
        return document;
    }

    private SchemaCheck schema() {
        SchemaCheck compiled = schema;
        if (compiled == null) {
            synchronized (this) {
                if (schema == null) {
                    schema = new SchemaCheck(format);
                }
                compiled = schema;
            }
        }
        return compiled;
    }
}
