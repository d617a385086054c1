package org.practiceworkbook.pack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.OptionalInt;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.practiceworkbook.json.CheckedJson;
import org.practiceworkbook.json.InvalidJsonException;
import org.practiceworkbook.json.JsonFiles;
import org.practiceworkbook.json.JsonFormat;
import org.practiceworkbook.json.JsonLimits;
import org.practiceworkbook.json.JsonProblem;
import org.practiceworkbook.questionnaire.Applicability;
import org.practiceworkbook.questionnaire.Authorship;
import org.practiceworkbook.questionnaire.Item;
import org.practiceworkbook.questionnaire.PackRef;
import org.practiceworkbook.questionnaire.PackVersion;
import org.practiceworkbook.questionnaire.Questionnaire;
import org.practiceworkbook.questionnaire.Section;

/**
 * Reads a questionnaire pack from JSON. Checks its shape against the shipped schema and then the rules a schema
 * cannot express, and reports every problem with its line, column and JSON pointer, or returns the pack.
 * Thread-safe; build one and share it.
 */
public final class PackReader {

    private final ObjectMapper mapper = JsonLimits.mapper();
    // Compiling the schema takes a quarter of a second: it is only paid for when a pack from outside is checked.
    private final CheckedJson checked = new CheckedJson(mapper, JsonFormat.QUESTIONNAIRE_PACK);

    /**
     * @param source the name to report problems under (usually the file name)
     * @throws InvalidPackException listing every problem found
     */
    public LoadedPack read(String source, byte[] json) throws InvalidPackException {
        JsonNode document;
        try {
            document = checked.read(source, json, PackRules::check);
        } catch (InvalidPackException e) {
            throw e;
        } catch (InvalidJsonException e) {
            throw new InvalidPackException(e.problems());
        }
        String canonical = canonical(document);
        return new LoadedPack(toQuestionnaire(document), canonical, sha256(canonical));
    }

    /**
     * Reads and checks the pack file at {@code file}, naming it in problems; one over the size limit is refused before
     * it is read, and a missing or unreadable file is a problem too.
     *
     * @throws InvalidPackException listing every problem found
     */
    public LoadedPack read(Path file) throws InvalidPackException {
        byte[] json;
        try {
            json = JsonFiles.read(file, file.toString(), JsonFormat.QUESTIONNAIRE_PACK);
        } catch (InvalidJsonException e) {
            throw new InvalidPackException(e.problems());
        } catch (NoSuchFileException e) {
            throw unreadable(file, "no such file");
        } catch (IOException e) {
            throw unreadable(file, "cannot read the file (" + e.getMessage() + ")");
        }
        return read(file.toString(), json);
    }

    /**
     * Maps a pack this program has already checked (a workbook's stored copy) without checking it again.
     *
     * @throws IllegalArgumentException when the content is not a checked pack after all
     */
    public Questionnaire readChecked(String canonicalJson) {
        try {
            return toQuestionnaire(mapper.readTree(canonicalJson));
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("not a checked questionnaire pack: " + e.getMessage(), e);
        }
    }

    /** The id and version a pack names, read without checking the rest (empty when it names none). */
    public java.util.Optional<PackRef> peekRef(byte[] json) {
        try {
            JsonNode document = mapper.readTree(json);
            return java.util.Optional.of(new PackRef(document.get("id").asText(),
                    PackVersion.parse(document.get("version").asText())));
        } catch (IOException | RuntimeException e) {
            return java.util.Optional.empty();
        }
    }

    private static InvalidPackException unreadable(Path file, String why) {
        return new InvalidPackException(List.of(new JsonProblem(file.toString(), 1, 1, "", why)));
    }

    private String canonical(JsonNode document) {
        ObjectNode copy = ((ObjectNode) document).deepCopy();
        copy.remove("$schema");
        try {
            return mapper.writeValueAsString(sorted(copy));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            var byName = new TreeMap<String, JsonNode>();
            node.properties().forEach(e -> byName.put(e.getKey(), sorted(e.getValue())));
            ObjectNode out = mapper.createObjectNode();
            byName.forEach(out::set);
            return out;
        }
        if (node.isArray()) {
            var out = mapper.createArrayNode();
            node.forEach(child -> out.add(sorted(child)));
            return out;
        }
        return node;
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static Questionnaire toQuestionnaire(JsonNode pack) {
        var sections = new ArrayList<Section>();
        for (JsonNode s : pack.get("sections")) {
            Applicability sectionApplies = applicability(s.path("appliesTo"));
            var items = new ArrayList<Item>();
            for (JsonNode i : s.get("items")) {
                items.add(new Item(i.get("id").asText(), i.get("statement").asText(), i.get("why").asText(),
                        texts(i.get("levels")), texts(i.get("suggestedActions")),
                        i.has("defaultTarget") ? OptionalInt.of(i.get("defaultTarget").asInt()) : OptionalInt.empty(),
                        applicability(i.path("appliesTo")).narrowedBy(sectionApplies)));
            }
            sections.add(new Section(s.get("id").asText(), s.get("title").asText(), optional(s, "description"),
                    sectionApplies, items));
        }
        JsonNode a = pack.get("authorship");
        var authorship = new Authorship(texts(a.get("authors")), optional(a, "organisation"), a.get("licence").asText(),
                optional(a, "conditions"), optional(a, "source"));
        return new Questionnaire(new PackRef(pack.get("id").asText(), PackVersion.parse(pack.get("version").asText())),
                pack.get("title").asText(), pack.get("description").asText(), authorship, texts(pack.get("scale")),
                sections);
    }

    private static Applicability applicability(JsonNode tokens) {
        var set = new java.util.HashSet<String>();
        tokens.forEach(t -> set.add(t.asText()));
        return new Applicability(set);
    }

    private static List<String> texts(JsonNode array) {
        var out = new ArrayList<String>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static String optional(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }
}
