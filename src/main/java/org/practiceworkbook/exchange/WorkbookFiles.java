package org.practiceworkbook.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.practiceworkbook.json.CheckedJson;
import org.practiceworkbook.json.InvalidJsonException;
import org.practiceworkbook.json.JsonFiles;
import org.practiceworkbook.json.JsonFormat;
import org.practiceworkbook.json.JsonProblem;
import org.practiceworkbook.json.JsonLimits;
import org.practiceworkbook.pack.LoadedPack;
import org.practiceworkbook.pack.PackReader;
import org.practiceworkbook.questionnaire.PackRef;

/**
 * Writes and reads workbook files ({@code .pwb}, docs/workbook-files.md). Reading checks the whole file before
 * returning any of it: its syntax and format version, the schema, each embedded pack, and every answer against the
 * questionnaire version it was given in. Thread-safe.
 */
public final class WorkbookFiles {

    /** The packs a workbook already holds, which a file may use without including them. */
    @FunctionalInterface
    public interface HeldPacks {
        /** Nothing held: every pack a file uses must be in it. */
        HeldPacks NONE = ref -> Optional.empty();

        Optional<LoadedPack> stored(PackRef ref);

        /** These packs: for instance the bundled ones, all a new workbook holds. */
        static HeldPacks of(Collection<LoadedPack> packs) {
            Map<PackRef, LoadedPack> byRef = new HashMap<>();
            packs.forEach(p -> byRef.put(p.questionnaire().ref(), p));
            return ref -> Optional.ofNullable(byRef.get(ref));
        }
    }

    private final ObjectMapper mapper = JsonLimits.mapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    private final CheckedJson checked = new CheckedJson(mapper, JsonFormat.WORKBOOK_FILE);
    private final PackReader packReader;

    public WorkbookFiles(PackReader packReader) {
        this.packReader = packReader;
    }

    public byte[] write(WorkbookFile file) {
        try {
            return mapper.writeValueAsBytes(new WorkbookFileWriter(mapper).write(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads and checks the file at {@code file}, naming it in problems; a missing or unreadable file is a problem too.
     *
     * @throws InvalidJsonException listing every problem, each at its line, column and JSON pointer
     */
    public WorkbookFile read(Path file, HeldPacks held) throws InvalidJsonException {
        byte[] json;
        try {
            json = JsonFiles.read(file, file.toString(), JsonFormat.WORKBOOK_FILE);
        } catch (NoSuchFileException e) {
            throw unreadable(file, "no such file");
        } catch (IOException e) {
            throw unreadable(file, "cannot read the file (" + e.getMessage() + ")");
        }
        return read(file.toString(), json, held);
    }

    /**
     * @param source the name to report problems under (the file's name)
     * @param held   the packs of the workbook the file is read for: a file's pack must match the held copy of the
     *               same id and version, and a round may use a held pack the file does not include
     * @throws InvalidJsonException listing every problem, each at its line, column and JSON pointer
     */
    public WorkbookFile read(String source, byte[] json, HeldPacks held) throws InvalidJsonException {
        var rules = new WorkbookFileRules(packReader, held, new ObjectMapper());
        JsonNode root = checked.read(source, json, rules::check);
        return WorkbookFileReader.read(root, rules.packs());
    }

    private static InvalidJsonException unreadable(Path file, String why) {
        return new InvalidJsonException(List.of(new JsonProblem(file.toString(), 1, 1, "", why)));
    }
}
