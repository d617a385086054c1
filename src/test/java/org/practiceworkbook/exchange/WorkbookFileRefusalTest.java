package org.practiceworkbook.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.practiceworkbook.assessment.InvalidInputException;
import org.practiceworkbook.assessment.OrganisationalModel;
import org.practiceworkbook.assessment.Role;
import org.practiceworkbook.assessment.RoundFacts;
import org.practiceworkbook.json.InvalidJsonException;
import org.practiceworkbook.pack.PackReader;
import org.practiceworkbook.store.Workbook;

/** Every kind of bad workbook file is refused whole, naming the place, and the workbook is left exactly as it was. */
class WorkbookFileRefusalTest {

    @TempDir
    Path folder;

    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final WorkbookFiles files = new WorkbookFiles(new PackReader());
    private Workbook source;
    private Workbook target;
    private String good;

    @BeforeEach
    void open() throws Exception {
        source = Workbook.open(folder.resolve("source"), new PackReader());
        target = Workbook.open(folder.resolve("target"), new PackReader());
        SampleWorkbooks.fill(source);
        good = new String(files.write(new WorkbookExport(source, WorkbookFileTest.FIRST, files).export()),
                StandardCharsets.UTF_8);
        // The target has a practice of its own, with a round and a person, so "unchanged" means something.
        var oakwood = target.practices().add("Oakwood Health Centre", "B82002", OrganisationalModel.TRUST_RUN, null, null);
        var round = target.rounds().add(oakwood.id(), "Baseline", java.time.LocalDate.of(2027, 1, 10), RoundFacts.NONE);
        target.respondents().add(round.id(), "Lee Chan", Role.NURSE);
    }

    @AfterEach
    void close() {
        source.close();
        target.close();
    }

    /** The good file with one change made to its tree. */
    private String edited(Consumer<ObjectNode> change) throws Exception {
        ObjectNode root = (ObjectNode) mapper.readTree(good);
        change.accept(root);
        return mapper.writeValueAsString(root);
    }

    private static ObjectNode at(JsonNode root, String pointer) {
        return (ObjectNode) root.at(pointer);
    }

    /** Reads and imports a file as the window would; returns the one-line message of the refusal. */
    private String refusal(String text) {
        var importer = new WorkbookImport(target, files);
        List<Object> before = SampleWorkbooks.listing(target);
        var refused = org.assertj.core.api.Assertions.catchThrowable(() -> importer.importFile(
                importer.read("bad.pwb", text.getBytes(StandardCharsets.UTF_8)), false));
        assertThat(refused).isInstanceOfAny(InvalidJsonException.class, InvalidInputException.class);
        assertThat(SampleWorkbooks.listing(target)).as("the workbook is unchanged").isEqualTo(before);
        return refused instanceof InvalidJsonException json ? json.firstProblem() : refused.getMessage();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            an unknown item deep inside | /practices/1/rounds/0/respondents/1/answers/1 | itemId | "no-such-item" | /practices/1/rounds/0/respondents/1/answers/1/itemId: there is no item "no-such-item" in Management capacity ("capacity" version 1.0)
            a level above the scale     | /practices/1/rounds/0/respondents/1/answers/0 | value  | 6                | /practices/1/rounds/0/respondents/1/answers/0/value: level 6 is above the top of the scale of Management capacity ("capacity" version 1.0) (5 levels)
            a level above a small scale | /practices/0/rounds/0/respondents/0/answers/0 | value  | 4                | /practices/0/rounds/0/respondents/0/answers/0/value: level 4 is above the top of the scale of A small pack for tests ("small" version 1.0) (3 levels)
            a target above the scale    | /practices/1/rounds/0/consensus/0             | target | 9                | /practices/1/rounds/0/consensus/0/target: must be at most 7
            a pack the round lacks      | /practices/1/rounds/1/respondents/0/answers/0 | packId | "skills"         | /practices/1/rounds/1/respondents/0/answers/0/packId: the round does not use questionnaire "skills"
            an unknown pack version     | /practices/1/rounds/0/questionnaires/0        | version | "9.0"           | /practices/1/rounds/0/questionnaires/0: pack "capacity" version 9.0 is neither among the file's packs nor held by this workbook
            an impossible date          | /practices/1/rounds/0                         | date   | "2027-02-30"     | /practices/1/rounds/0/date: "2027-02-30" is not a real date
            a time without an offset    | /practices/1/rounds/0/respondents/0/answers/0 | answeredAt | "2027-03-14 09:00" | /answeredAt: "2027-03-14 09:00" is not a time in the form 2027-03-14T09:30:00Z
            an unknown role             | /practices/1/rounds/0/respondents/0           | role   | "boss"           | /practices/1/rounds/0/respondents/0/role: is not one of the allowed values
            a misspelt field            | /practices/1                                  | odsCod | "A81001"         | /practices/1/odsCod: unknown field "odsCod" (check its spelling against docs/workbook-files.md)
            a consensus without a time  | /practices/1/rounds/0/consensus/0             | note   | "Agreed?"        | /practices/1/rounds/0/consensus/0: a consensus value or note needs "decidedAt"
            an action from another round | /practices/1/actions/0                       | originRoundId | "0f8fad5b-d9cb-469f-a165-70867728950e" | /practices/1/actions/0/originRoundId: this practice has no round with the id 0f8fad5b-d9cb-469f-a165-70867728950e
            too many WTE decimals       | /practices/1/rounds/0/facts                   | managementWte | 2.555     | /practices/1/rounds/0/facts/managementWte: management staff WTE takes at most two decimal places, not 2.555
            """)
    void a_bad_value_anywhere_refuses_the_whole_file_naming_the_place(String what, String object, String field,
                                                                      String json, String expected) throws Exception {
        String bad = edited(root -> at(root, object).set(field, parse(json)));

        assertThat(refusal(bad)).startsWith("bad.pwb:").contains(expected);
    }

    private JsonNode parse(String json) {
        try {
            return mapper.readTree(json);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Test
    void a_review_at_a_round_the_practice_lacks_or_twice_at_one_round_is_refused() throws Exception {
        String otherRound = edited(root -> at(root, "/practices/1/actions/0/reviews/0").put("roundId",
                "0f8fad5b-d9cb-469f-a165-70867728950e"));
        assertThat(refusal(otherRound)).contains("/practices/1/actions/0/reviews/0/roundId: this practice has no "
                + "round with the id 0f8fad5b-d9cb-469f-a165-70867728950e");

        String twice = edited(root -> ((com.fasterxml.jackson.databind.node.ArrayNode) root.at(
                "/practices/1/actions/0/reviews")).addObject().put("roundId",
                root.at("/practices/1/actions/0/reviews/0/roundId").asText()).put("outcome", "done"));
        assertThat(refusal(twice)).contains("/practices/1/actions/0/reviews/1/roundId: the action was already "
                + "reviewed at this round: see /practices/1/actions/0/reviews/0/roundId");

        String capTooHigh = edited(root -> at(root, "/practices/1").put("priorityCap", 50));
        assertThat(refusal(capTooHigh)).contains("/practices/1/priorityCap: must be at most 20");
    }

    @Test
    void a_problem_is_reported_at_its_line_and_column() throws Exception {
        String bad = edited(root -> at(root, "/practices/1/rounds/0/respondents/1/answers/1").put("itemId", "no-such-item"));
        int line = 1 + (int) bad.substring(0, bad.indexOf("\"no-such-item\"")).chars().filter(c -> c == '\n').count();

        assertThat(refusal(bad)).startsWith("bad.pwb:" + line + ":");
    }

    @Test
    void ids_names_and_labels_used_twice_in_a_file_are_refused() throws Exception {
        String twiceId = edited(root -> at(root, "/practices/1/rounds/1/respondents/0").put("id",
                root.at("/practices/1/rounds/0/respondents/0/id").asText()));
        assertThat(refusal(twiceId)).contains("/practices/1/rounds/1/respondents/0/id: the respondent id ")
                .contains("is used twice in the file; each respondent has its own id: already at "
                        + "/practices/1/rounds/0/respondents/0/id");

        String twiceName = edited(root -> at(root, "/practices/0").put("name", "riverside  SURGERY"));
        assertThat(refusal(twiceName)).contains("/practices/1/name: another practice in the file is called "
                + "\"Riverside Surgery\"");

        String twiceLabel = edited(root -> at(root, "/practices/1/rounds/1").put("label", "baseline march 2027"));
        assertThat(refusal(twiceLabel)).contains("/practices/1/rounds/1/label: this practice has another round called");
    }

    @Test
    void a_pack_with_the_same_id_and_version_as_the_workbooks_but_other_content_is_refused() throws Exception {
        String clash = edited(root -> at(root, "/packs/0").put("title", "Capacity, as changed elsewhere"));

        assertThat(refusal(clash)).contains("/packs/0: this workbook already holds pack \"capacity\" version 1.0 "
                + "with different content");
    }

    @Test
    void a_broken_pack_inside_the_file_is_reported_at_its_place_in_the_file() throws Exception {
        String broken = edited(root -> at(root, "/packs/3/sections/0/items/0").remove("why"));

        assertThat(refusal(broken)).contains("/packs/3/sections/0/items/0: missing required field \"why\"");
    }

    @Test
    void a_newer_format_and_malformed_json_are_refused() throws Exception {
        assertThat(refusal(good.replaceFirst("\"formatVersion\" : 1", "\"formatVersion\" : 2"))).isEqualTo(
                "bad.pwb:2:21: /formatVersion: made by a newer version of Practice Workbook (format 2; this version "
                        + "reads up to 1)");
        assertThat(refusal(good.substring(0, good.length() / 2))).startsWith("bad.pwb:").contains("JSON syntax error");
        assertThat(refusal("")).contains("the file is empty: a workbook file is a JSON object");
    }

    @Test
    void a_new_practice_named_like_a_different_practice_of_the_workbook_is_refused_naming_both() {
        target.practices().add("riverside   surgery", null, OrganisationalModel.PARTNERSHIP, null, null);

        // Hillside comes first in the file and is added before Riverside is refused: it is taken back too.
        assertThat(refusal(good)).isEqualTo("/practices/1/name: the file's practice \"Riverside Surgery\" has the "
                + "name of the workbook's practice \"riverside surgery\", which is a different practice (another id); "
                + "rename one of them, then import again");
    }

    @Test
    void a_new_practice_with_the_ods_code_of_a_different_practice_is_refused_naming_both() throws Exception {
        String bad = edited(root -> at(root, "/practices/1").put("odsCode", "b82002"));

        assertThat(refusal(bad)).isEqualTo("/practices/1/odsCode: the file's practice \"Riverside Surgery\" has the "
                + "ODS code B82002, which the workbook's practice \"Oakwood Health Centre\" (a different practice, "
                + "with another id) already has");
    }

    @Test
    void a_person_already_elsewhere_in_the_workbook_is_refused() throws Exception {
        var oakwood = target.practices().findByName("Oakwood Health Centre").orElseThrow();
        var round = target.rounds().list(oakwood.id()).getFirst();
        var lee = target.respondents().list(round.id()).getFirst();
        String bad = edited(root -> at(root, "/practices/1/rounds/1/respondents/0").put("id", lee.publicId().toString()));

        assertThat(refusal(bad)).isEqualTo("/practices/1/rounds/1/respondents/0/id: the person Sam Patel ("
                + lee.publicId() + ") is already in the workbook, in Oakwood Health Centre's round \"Baseline\"; a "
                + "person's answers belong to one round");
    }

    @Test
    void a_round_or_action_already_elsewhere_in_the_workbook_is_refused() throws Exception {
        var oakwood = target.practices().findByName("Oakwood Health Centre").orElseThrow();
        UUID roundId = target.rounds().publicId(target.rounds().list(oakwood.id()).getFirst().id());
        String bad = edited(root -> {
            at(root, "/practices/0/rounds/0").put("id", roundId.toString());
        });

        assertThat(refusal(bad)).isEqualTo("/practices/0/rounds/0/id: the round \"Away day\" is already in the "
                + "workbook, as Oakwood Health Centre's round \"Baseline\"");
    }
}
