package org.practiceworkbook.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.practiceworkbook.assessment.Answer;
import org.practiceworkbook.assessment.InvalidInputException;
import org.practiceworkbook.assessment.OrganisationalModel;
import org.practiceworkbook.assessment.Role;
import org.practiceworkbook.json.CheckedJson;
import org.practiceworkbook.json.InvalidJsonException;
import org.practiceworkbook.json.JsonFiles;
import org.practiceworkbook.json.JsonFormat;
import org.practiceworkbook.json.JsonLimits;
import org.practiceworkbook.json.JsonLocations;
import org.practiceworkbook.json.SchemaCheck;
import org.practiceworkbook.questionnaire.PackRef;
import org.practiceworkbook.questionnaire.PackVersion;

/** Writes and reads response files. Reading checks the whole file before returning any of it. Thread-safe. */
public final class ResponseFiles {

    private final ObjectMapper mapper = JsonLimits.mapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final CheckedJson checked = new CheckedJson(mapper, JsonFormat.RESPONSE_FILE);

    public byte[] write(ResponseFile file) {
        ObjectNode root = mapper.createObjectNode();
        root.put("formatVersion", ResponseFile.FORMAT_VERSION);
        root.put("exportedAt", AnswerJson.time(file.exportedAt()));
        root.put("fileId", file.fileId().toString());
        ObjectNode pack = root.putObject("pack");
        pack.put("id", file.pack().id());
        pack.put("version", file.pack().version().toString());
        ObjectNode practice = root.putObject("practice");
        practice.put("name", file.practiceName());
        if (file.odsCode() != null) {
            practice.put("odsCode", file.odsCode());
        }
        if (file.model() != null) {
            practice.put("model", file.model().token());
        }
        ObjectNode round = root.putObject("round");
        round.put("label", file.roundLabel());
        round.put("date", file.roundDate().toString());
        ObjectNode respondent = root.putObject("respondent");
        respondent.put("id", file.respondentId().toString());
        if (file.respondentName() != null) {
            respondent.put("name", file.respondentName());
        }
        respondent.put("role", file.role().token());
        var answers = root.putArray("answers");
        file.answers().forEach(a -> answers.add(AnswerJson.write(a)));
        try {
            return mapper.writeValueAsBytes(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param source the name to report problems under (the file's name)
     * @throws InvalidJsonException listing every problem, each at its line, column and JSON pointer
     */
    public ResponseFile read(String source, byte[] json) throws InvalidJsonException {
        JsonNode root = checked.read(source, json, ResponseFiles::rules);
        JsonNode practice = root.get("practice");
        JsonNode respondent = root.get("respondent");
        var answers = new ArrayList<Answer>();
        root.get("answers").forEach(a -> answers.add(AnswerJson.read(a)));
        return new ResponseFile(AnswerJson.instant(root.get("exportedAt").asText()),
                UUID.fromString(root.get("fileId").asText()),
                new PackRef(root.get("pack").get("id").asText(), PackVersion.parse(root.get("pack").get("version").asText())),
                practice.get("name").asText(), text(practice, "odsCode"),
                practice.has("model") ? OrganisationalModel.fromToken(practice.get("model").asText()) : null,
                root.get("round").get("label").asText(), LocalDate.parse(root.get("round").get("date").asText()),
                UUID.fromString(respondent.get("id").asText()), text(respondent, "name"),
                Role.fromToken(respondent.get("role").asText()), answers);
    }

    /**
     * Reads and checks the response file at {@code file}; one over the size limit is refused before it is read.
     *
     * @param source the name to report problems under (the file's name, or its path)
     * @throws InvalidJsonException   listing every problem, each at its line, column and JSON pointer
     * @throws InvalidInputException saying why the file cannot be read at all
     */
    public ResponseFile read(String source, Path file) throws InvalidJsonException {
        byte[] json;
        try {
            json = JsonFiles.read(file, source, JsonFormat.RESPONSE_FILE);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException("file", "there is no file " + file);
        } catch (IOException e) {
            throw new InvalidInputException("file", "cannot read " + file + " ("
                    + e.getMessage() + ")");
        }
        return read(source, json);
    }

    private static List<SchemaCheck.Found> rules(JsonNode root, JsonLocations locations) {
        var found = new ArrayList<SchemaCheck.Found>();
        AnswerJson.timeProblem(root.path("exportedAt"), "/exportedAt").ifPresent(found::add);
        DateRules.problem(root.path("round").path("date"), "/round/date").ifPresent(found::add);
        JsonNode answers = root.path("answers");
        if (answers.isArray()) {
            AnswerJson.problems(answers, "/answers", found);
        }
        return found;
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }
}
