package org.practiceworkbook.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practiceworkbook.assessment.InvalidInputException;
import org.practiceworkbook.assessment.Practice;
import org.practiceworkbook.assessment.Respondent;
import org.practiceworkbook.assessment.Round;
import org.practiceworkbook.demo.DemoWorkbook;
import org.practiceworkbook.exchange.ResponseExport;
import org.practiceworkbook.exchange.ResponseFiles;
import org.practiceworkbook.exchange.ResponseImport;
import org.practiceworkbook.exchange.WorkbookExport;
import org.practiceworkbook.exchange.WorkbookFiles;
import org.practiceworkbook.exchange.WorkbookImport;
import org.practiceworkbook.json.InvalidJsonException;
import org.practiceworkbook.json.JsonProblem;
import org.practiceworkbook.pack.BundledPacks;
import org.practiceworkbook.pack.LoadedPack;
import org.practiceworkbook.pack.PackReader;
import org.practiceworkbook.store.Workbook;

/**
 * Thousands of spoiled packs, response files and workbook files, made from valid ones by {@link Mutation}s from a fixed
 * seed: each is refused with one of the promised exceptions, saying where in the file the trouble is, within a
 * deadline; and a refused import leaves every row of the workbook as it was. Accepted cases (a mutation can leave a
 * file valid) are imported for real, so a later refusal is checked against a workbook that has moved on.
 * {@code -Dfuzz.cases=N} sets the cases per reader for a deeper run; {@code -Dfuzz.seed=N} explores other cases.
 */
class BadInputFuzzTest {

    private static final Clock EXPORTED = Clock.fixed(Instant.parse("2027-10-01T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    private final PackReader reader = new PackReader();
    private Workbook workbook;
    private WorkbookDump dump;
    private List<String> before;
    /** Set by an attempt when it got as far as writing to the workbook, where a refusal must roll back. */
    private volatile boolean reachedWorkbook;
    /** Imports refused after reading: the all-or-nothing promise is only tested if some are. */
    private int refusedImports;

    @BeforeEach
    void demo() throws Exception {
        workbook = Workbook.open(folder.resolve("demo"), reader);
        DemoWorkbook.fill(workbook);
        dump = new WorkbookDump(workbook.file());
        before = dump.rows();
    }

    @AfterEach
    void close() throws Exception {
        dump.close();
        workbook.close();
    }

    @Test
    void mutatedPacksAreRefusedWithTheirPlaceAndNeverStoredInPart() {
        var starts = new ArrayList<FuzzRun.Start>();
        BundledPacks.files().forEach(b -> starts.add(new FuzzRun.Start(b.file(), b.json())));
        var run = new FuzzRun("packs", 1_500);
        List<String> defects = run.run(starts, (name, content) -> {
            LoadedPack pack = reader.read(name, content);
            reachedWorkbook = true;
            workbook.packs().store(pack);
        }, this::judgeJsonOrStore, this::unchangedUnlessAccepted);
        System.out.print(run.summary());
        System.out.printf("  %d refused by the workbook after reading, each leaving every row as it was%n", refusedImports);
        assertThat(defects).as("defects found").isEmpty();
        assertThat(refusedImports).as("packs refused by the workbook after reading").isPositive();
    }

    @Test
    void mutatedResponseFilesAreRefusedWithTheirPlaceAndImportAllOrNothing() {
        var files = new ResponseFiles();
        var export = new ResponseExport(workbook, EXPORTED);
        var starts = new ArrayList<FuzzRun.Start>();
        for (Practice practice : workbook.practices().list()) {
            for (Round round : workbook.rounds().list(practice.id())) {
                for (Respondent person : workbook.respondents().list(round.id())) {
                    for (String pack : export.packsAnswered(person)) {
                        if (starts.size() < 6) {
                            starts.add(new FuzzRun.Start("response-" + starts.size() + ".pwr",
                                    fixedFileId(files.write(export.export(person, pack)))));
                        }
                    }
                }
            }
        }
        var importer = new ResponseImport(workbook);
        var run = new FuzzRun("response files", 1_200);
        var count = new int[1];
        List<String> defects = run.run(starts, (name, content) -> {
            var file = files.read(name, content);
            reachedWorkbook = true;
            importer.importFile(file, count[0]++ % 2 == 0 ? ResponseImport.MATCHED : ResponseImport.CREATE_MISSING);
        }, this::judgeJsonOrImport, this::unchangedUnlessAccepted);
        System.out.print(run.summary());
        System.out.printf("  %d refused by the import after reading, each leaving every row as it was%n", refusedImports);
        assertThat(defects).as("defects found").isEmpty();
        assertThat(refusedImports).as("imports refused after reading").isPositive();
    }

    @Test
    void mutatedWorkbookFilesAreRefusedWithTheirPlaceAndImportAllOrNothing() throws Exception {
        var files = new WorkbookFiles(reader);
        byte[] whole = files.write(new WorkbookExport(workbook, EXPORTED, files).export());
        // Mostly lighter copies (the workbook holds the bundled packs, so a file may leave them out), which lets more
        // cases run in the time; the whole export, with its packs, an eighth of the time.
        byte[] light = lighter(whole);
        // A second practice, whose person the file's last person claims to be: such a file, replacing Riverside, is
        // refused after Riverside is deleted and half added again, which the import must roll back whole.
        var hillside = workbook.practices().add("Hillside Medical Centre", null,
                org.practiceworkbook.assessment.OrganisationalModel.PARTNERSHIP, null, null);
        var awayDay = workbook.rounds().add(hillside.id(), "Away day", java.time.LocalDate.of(2027, 4, 2),
                org.practiceworkbook.assessment.RoundFacts.NONE);
        var jo = workbook.respondents().add(awayDay.id(), "Jo Okafor",
                org.practiceworkbook.assessment.Role.PRACTICE_MANAGER);
        before = dump.rows();
        var clash = new FuzzRun.Start("riverside-clash.pwb", claimingToBe(light, jo.publicId().toString()));
        var plain = new FuzzRun.Start("riverside-light.pwb", light);
        var starts = List.of(clash, plain, clash, plain, clash, plain, clash, new FuzzRun.Start("riverside.pwb", whole));
        var importer = new WorkbookImport(workbook, files);
        var run = new FuzzRun("workbook files", 1_000);
        var count = new int[1];
        List<String> defects = run.run(starts, (name, content) -> {
            var file = importer.read(name, content);
            reachedWorkbook = true;
            importer.importFile(file, count[0]++ % 4 != 0);
        }, this::judgeJsonOrImport, this::unchangedUnlessAccepted);
        System.out.print(run.summary());
        System.out.printf("  %d refused by the import after reading, each leaving every row as it was%n", refusedImports);
        assertThat(defects).as("defects found").isEmpty();
        assertThat(refusedImports).as("imports refused after reading").isPositive();
    }

    /** A pack is refused by the reader with located problems, or by the workbook (same id and version, other content). */
    private Optional<String> judgeJsonOrStore(String name, Throwable refusal) {
        return judgeJsonOrImport(name, refusal);
    }

    private Optional<String> judgeJsonOrImport(String name, Throwable refusal) {
        if (refusal instanceof InvalidJsonException json) {
            return located(name, json);
        }
        if (refusal instanceof InvalidInputException input) {
            String message = input.getMessage() == null ? "" : input.getMessage();
            if (!reachedWorkbook && !message.startsWith("/")) {
                return Optional.of("refused while reading without a JSON pointer: " + message);
            }
            return message.isBlank() ? Optional.of("a refusal without words") : Optional.empty();
        }
        return Optional.of("refused with " + refusal.getClass().getName() + ", which is not a promised refusal");
    }

    /** Every problem names the file, a line and column from 1, a JSON pointer, and what is wrong. */
    private static Optional<String> located(String name, InvalidJsonException refusal) {
        if (refusal.problems().isEmpty()) {
            return Optional.of("refused without a problem: " + refusal.getMessage());
        }
        for (JsonProblem p : refusal.problems()) {
            if (!p.source().equals(name) || p.line() < 1 || p.column() < 1 || p.pointer() == null
                    || p.message() == null || p.message().isBlank()) {
                return Optional.of("a problem without its place: " + p);
            }
        }
        return Optional.empty();
    }

    /** A refused case leaves every row as it was; an accepted one is the new starting point. */
    private Optional<String> unchangedUnlessAccepted(boolean accepted) {
        boolean wrote = reachedWorkbook;
        reachedWorkbook = false;
        if (accepted) {
            before = dump.rows();
            return Optional.empty();
        }
        if (!wrote) {
            return Optional.empty();   // refused before the workbook was touched
        }
        refusedImports++;
        List<String> after = dump.rows();
        if (after.equals(before)) {
            return Optional.empty();
        }
        var added = new ArrayList<>(after);
        added.removeAll(before);
        var removed = new ArrayList<>(before);
        removed.removeAll(after);
        return Optional.of("the refused import changed the workbook: rows added " + added.stream().limit(3).toList()
                + ", rows gone " + removed.stream().limit(3).toList());
    }

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The file without its packs, with two people a round, a dozen answers each, and ten consensus entries. */
    private static byte[] lighter(byte[] whole) throws java.io.IOException {
        var root = (ObjectNode) MAPPER.readTree(whole);
        root.putArray("packs");
        root.get("practices").forEach(practice -> practice.get("rounds").forEach(round -> {
            var people = (ArrayNode) round.get("respondents");
            keep(people, 2);
            people.forEach(person -> keep((ArrayNode) person.get("answers"), 12));
            keep((ArrayNode) round.get("consensus"), 10);
        }));
        return MAPPER.writeValueAsBytes(root);
    }

    private static void keep(ArrayNode list, int count) {
        while (list.size() > count) {
            list.remove(list.size() - 1);
        }
    }

    /** The file with its last round's last person given another's id. */
    private static byte[] claimingToBe(byte[] file, String respondentId) throws java.io.IOException {
        var root = (ObjectNode) MAPPER.readTree(file);
        var rounds = (ArrayNode) root.get("practices").get(0).get("rounds");
        var people = (ArrayNode) rounds.get(rounds.size() - 1).get("respondents");
        ((ObjectNode) people.get(people.size() - 1)).put("id", respondentId);
        return MAPPER.writeValueAsBytes(root);
    }

    /** The exported file's own id is random; a fixed one makes the cases the same on every run. */
    private static byte[] fixedFileId(byte[] file) {
        String text = new String(file, StandardCharsets.UTF_8);
        return text.replaceFirst("\"fileId\" : \"[0-9a-f-]+\"", "\"fileId\" : \"0f8fad5b-d9cb-469f-a165-70867728950e\"")
                .getBytes(StandardCharsets.UTF_8);
    }
}
