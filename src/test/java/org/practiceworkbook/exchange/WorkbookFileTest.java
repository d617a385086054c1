package org.practiceworkbook.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practiceworkbook.exchange.SampleWorkbooks.CAPACITY;
import static org.practiceworkbook.exchange.SampleWorkbooks.PROTECTED;
import static org.practiceworkbook.exchange.SampleWorkbooks.STAFFING;
import static org.practiceworkbook.exchange.SampleWorkbooks.TEAM;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practiceworkbook.json.JsonFormat;
import org.practiceworkbook.json.SchemaCheck;
import org.practiceworkbook.pack.PackReader;
import org.practiceworkbook.store.Workbook;

/** A whole workbook written to a file and read back into another, unchanged. */
class WorkbookFileTest {

    static final Clock FIRST = Clock.fixed(Instant.parse("2027-10-01T12:00:00Z"), ZoneOffset.UTC);
    static final Clock SECOND = Clock.fixed(Instant.parse("2027-10-02T08:15:30Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    private final PackReader reader = new PackReader();
    private final WorkbookFiles files = new WorkbookFiles(reader);
    private Workbook source;
    private Workbook target;

    @BeforeEach
    void open() throws Exception {
        source = Workbook.open(folder.resolve("source"), reader);
        target = Workbook.open(folder.resolve("target"), reader);
        SampleWorkbooks.fill(source);
    }

    @AfterEach
    void close() {
        source.close();
        target.close();
    }

    private String text(Workbook workbook, Clock clock) {
        return new String(files.write(new WorkbookExport(workbook, clock, files).export()), StandardCharsets.UTF_8);
    }

    private static String withoutExportedAt(String text) {
        return text.lines().filter(line -> !line.startsWith("  \"exportedAt\" : ")).reduce("", (a, b) -> a + b + "\n");
    }

    @Test
    void import_into_an_empty_workbook_then_export_gives_the_same_file_apart_from_exportedAt() throws Exception {
        String first = text(source, FIRST);

        var importer = new WorkbookImport(target, files);
        var result = importer.importFile(importer.read("riverside.pwb", first.getBytes(StandardCharsets.UTF_8)), false);
        String second = text(target, SECOND);

        assertThat(result.practices()).containsExactly(
                new WorkbookImport.PracticeResult("Hillside Medical Centre", WorkbookImport.Outcome.ADDED, 1),
                new WorkbookImport.PracticeResult("Riverside Surgery", WorkbookImport.Outcome.ADDED, 2));
        assertThat(result.packsAdded()).as("the small pack, which does not come with the program").isEqualTo(1);
        assertThat(withoutExportedAt(second)).isEqualTo(withoutExportedAt(first));
        assertThat(first).contains("\"exportedAt\" : \"2027-10-01T12:00:00Z\"");
        assertThat(second).contains("\"exportedAt\" : \"2027-10-02T08:15:30Z\"");
    }

    @Test
    void the_file_holds_public_ids_packs_whole_and_every_kind_of_answer_in_the_documented_shape() throws Exception {
        String text = text(source, FIRST);
        JsonNode root = new ObjectMapper().readTree(text);

        assertThat(root.properties()).extracting(java.util.Map.Entry::getKey)
                .containsExactly("formatVersion", "exportedAt", "packs", "practices");
        assertThat(root.get("packs")).extracting(p -> p.get("id").asText() + " " + p.get("version").asText())
                .containsExactly("capacity 1.0", "governance 1.0", "skills 1.0", "small 1.0");
        assertThat(root.at("/packs/3/sections/0/items/0/levels/0").asText()).isEqualTo("No time is set aside.");

        JsonNode riverside = root.at("/practices/1");
        var practice = source.practices().findByName("Riverside Surgery").orElseThrow();
        assertThat(riverside.get("id").asText()).isEqualTo(source.practices().publicId(practice.id()).toString());
        assertThat(riverside.properties()).extracting(java.util.Map.Entry::getKey).containsExactly(
                "id", "name", "odsCode", "model", "pcn", "federation", "priorityCap", "actions", "rounds");
        assertThat(riverside.get("rounds")).extracting(r -> r.get("label").asText())
                .containsExactly("Baseline March 2027", "6-month review");
        JsonNode baseline = riverside.at("/rounds/0");
        assertThat(baseline.get("facts").toString()).isEqualTo(
                "{\"listSize\":9800,\"managementWte\":2.5,\"gpPartners\":4,\"salariedGps\":3,\"deprivationDecile\":6}");
        assertThat(baseline.get("questionnaires").toString())
                .isEqualTo("[{\"id\":\"capacity\",\"version\":\"1.0\"},{\"id\":\"skills\",\"version\":\"1.0\"}]");
        assertThat(baseline.get("workshop").toString()).isEqualTo("{\"revealed\":true,\"namesShown\":false,"
                + "\"partnersOnlyIncluded\":true,\"partnersOnlySections\":[{\"packId\":\"capacity\","
                + "\"sectionId\":\"capacity.management-time\"}]}");
        assertThat(riverside.at("/rounds/1").has("workshop")).as("left out when nothing is set").isFalse();

        JsonNode sam = baseline.at("/respondents/0");
        assertThat(sam.get("name").asText()).isEqualTo("Sam Patel");
        assertThat(sam.get("answers")).extracting(a -> a.get("packId").asText() + " " + a.get("itemId").asText() + " "
                + a.get("value")).containsExactly(
                "capacity " + STAFFING + " null",
                "capacity " + SampleWorkbooks.GP_LEAD + " \"na\"",
                "capacity " + PROTECTED + " 2",
                "capacity " + TEAM + " \"dontknow\"",
                "skills " + SampleWorkbooks.QUALIFIED + " 3");
        assertThat(sam.at("/answers/2").properties()).extracting(java.util.Map.Entry::getKey)
                .containsExactly("itemId", "value", "note", "answeredAt", "packId");
        assertThat(sam.at("/answers/0/note").asText()).isEqualTo("Ask the partners about the new post");
        assertThat(baseline.at("/respondents/1").has("name")).as("an anonymous person").isFalse();

        assertThat(baseline.get("consensus")).extracting(JsonNode::toString).containsExactly(
                "{\"packId\":\"capacity\",\"itemId\":\"" + STAFFING + "\",\"value\":null,\"target\":3}",
                "{\"packId\":\"capacity\",\"itemId\":\"" + SampleWorkbooks.GP_LEAD + "\",\"value\":\"na\","
                        + "\"decidedAt\":\"2027-03-14T11:00:00Z\"}",
                "{\"packId\":\"capacity\",\"itemId\":\"" + PROTECTED + "\",\"value\":3,"
                        + "\"note\":\"Partners see more of it than Sam\",\"decidedAt\":\"2027-03-14T11:00:00Z\",\"target\":4}",
                "{\"packId\":\"capacity\",\"itemId\":\"" + TEAM + "\",\"value\":null,\"note\":\"Come back to this\","
                        + "\"decidedAt\":\"2027-03-14T11:00:00Z\"}",
                "{\"packId\":\"skills\",\"itemId\":\"" + SampleWorkbooks.QUALIFIED + "\",\"value\":null,\"target\":4}");

        JsonNode action = riverside.at("/actions/0");
        assertThat(action.get("originRoundId").asText()).isEqualTo(baseline.get("id").asText());
        assertThat(action.get("linkedItems").toString()).isEqualTo("[{\"packId\":\"capacity\",\"itemId\":\""
                + PROTECTED + "\"},{\"packId\":\"skills\",\"itemId\":\"" + SampleWorkbooks.QUALIFIED + "\"}]");
        assertThat(riverside.at("/actions/1").toString()).doesNotContain("originRoundId", "owner", "dueOn", "reviews");
        assertThat(action.get("anchor").asText()).isEqualTo("Dr Helen Price");
        assertThat(action.get("reviews").toString()).isEqualTo("[{\"roundId\":\""
                + riverside.at("/rounds/1/id").asText() + "\",\"outcome\":\"carried-forward\"}]");
        assertThat(riverside.get("priorityCap").asInt()).isEqualTo(3);
        assertThat(text).contains("\"managementWte\" : 2.5,", "\"value\" : null").doesNotContain("\"owner\" : null");
    }

    @Test
    void an_export_passes_the_shipped_schema_and_reads_back_whole() throws Exception {
        WorkbookFile exported = new WorkbookExport(source, FIRST, files).export();
        byte[] json = files.write(exported);

        assertThat(new SchemaCheck(JsonFormat.WORKBOOK_FILE).check(new ObjectMapper().readTree(json))).isEmpty();
        // Reading checks the schema and every rule; nothing but the file itself is needed for its packs.
        WorkbookFile read = files.read("riverside.pwb", json, WorkbookFiles.HeldPacks.NONE);
        assertThat(read).isEqualTo(exported);
        assertThat(read.roundCount()).isEqualTo(3);
        assertThat(read.answerCount()).isEqualTo(10);
        assertThat(read.pack(CAPACITY)).isPresent();
    }

    @Test
    void export_to_a_file_writes_it_whole_and_never_replaces_a_file_unless_asked() throws Exception {
        var export = new WorkbookExport(source, FIRST, files);
        Path file = folder.resolve("practices.pwb");

        var summary = export.exportTo(file, false);

        assertThat(summary).isEqualTo(new WorkbookExport.Summary(file.toAbsolutePath(), 2, 3, 10));
        assertThat(Files.readString(file)).isEqualTo(text(source, FIRST));
        assertThat(export.suggestedFileName()).isEqualTo("practice-workbook-2027-10-01.pwb");
        Files.writeString(file, "keep me");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> export.exportTo(file, false))
                .hasMessageContaining("already exists");
        assertThat(Files.readString(file)).isEqualTo("keep me");
        export.exportTo(file, true);
        assertThat(Files.readString(file)).isEqualTo(text(source, FIRST));
        assertThat(Files.list(folder).map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".part")).toList())
                .as("no temporary file left behind").isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> export.exportTo(folder.resolve("no/such/x.pwb"), false))
                .hasMessageContaining("does not exist; nothing was written");
    }

    @Test
    void a_preview_says_what_an_import_would_do_and_changes_nothing() throws Exception {
        var importer = new WorkbookImport(target, files);
        WorkbookFile file = importer.read("riverside.pwb", files.write(new WorkbookExport(source, FIRST, files).export()));

        assertThat(importer.preview(file, false)).extracting(WorkbookImport.PracticeResult::outcome)
                .containsExactly(WorkbookImport.Outcome.ADDED, WorkbookImport.Outcome.ADDED);
        assertThat(target.practices().list()).isEmpty();
        importer.importFile(file, false);
        assertThat(importer.preview(file, true)).extracting(WorkbookImport.PracticeResult::outcome)
                .containsExactly(WorkbookImport.Outcome.REPLACED, WorkbookImport.Outcome.REPLACED);
        assertThat(List.copyOf(importer.preview(file, false))).extracting(WorkbookImport.PracticeResult::outcome)
                .containsOnly(WorkbookImport.Outcome.SKIPPED);
    }
}
