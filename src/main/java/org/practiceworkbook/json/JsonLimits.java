package org.practiceworkbook.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * How deep, how long and how large the JSON this program reads may be, set where every reading parser is built, so a
 * damaged or hostile file is refused with words instead of exhausting the stack or the memory. Each limit is far
 * beyond anything our formats hold: the deepest (an answer in a workbook file) is 9 objects and lists deep; the longest text
 * the schemas allow is 4,000 characters; the longest number, a list size, has 6 digits.
 */
public final class JsonLimits {

    /** Objects and arrays inside one another. */
    public static final int MAX_NESTING = 32;
    /** Characters in one text value. */
    public static final int MAX_TEXT = 100_000;
    /** Characters in one field name. */
    public static final int MAX_NAME = 1_000;
    /** Characters in one number. */
    public static final int MAX_NUMBER = 100;

    private static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
            .maxNestingDepth(MAX_NESTING)
            .maxStringLength(MAX_TEXT)
            .maxNameLength(MAX_NAME)
            .maxNumberLength(MAX_NUMBER)
            .build();

    private JsonLimits() {
    }

    /** A factory for reading our formats; {@code strict} also refuses a field named twice in one object. */
    public static JsonFactory factory(boolean strict) {
        var builder = JsonFactory.builder().streamReadConstraints(CONSTRAINTS);
        if (strict) {
            builder.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
        }
        return builder.build();
    }

    /** An object mapper whose reading keeps to these limits. */
    public static ObjectMapper mapper() {
        return new ObjectMapper(factory(false));
    }
}
