package org.practiceworkbook.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practiceworkbook.assessment.Respondent;
import org.practiceworkbook.assessment.Role;
import org.practiceworkbook.demo.DemoPrivateTexts;
import org.practiceworkbook.demo.DemoWorkbook;
import org.practiceworkbook.pack.PackReader;
import org.practiceworkbook.store.Workbook;

/** export --anonymise: a workbook file a trainer can be given, naming nobody and holding no notes. */
class AnonymisedExportTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2027-10-01T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    private final PackReader reader = new PackReader();
    private final WorkbookFiles files = new WorkbookFiles(reader);

    @Test
    void the_anonymised_file_holds_no_name_and_no_note_of_the_demo_but_every_answer_and_role() throws Exception {
        Path file = folder.resolve("for-the-trainer.pwb");
        DemoPrivateTexts.Texts secret;
        int answers;
        try (Workbook demo = Workbook.open(folder.resolve("demo"), reader)) {
            DemoWorkbook.fill(demo);
            secret = DemoPrivateTexts.of(demo);
            answers = (int) new WorkbookExport(demo, CLOCK, files).export().practices().stream()
                    .flatMap(p -> p.rounds().stream()).flatMap(r -> r.respondents().stream())
                    .flatMap(r -> r.answers().stream()).filter(a -> a.answer().value() != null).count();
            new WorkbookExport(demo, CLOCK, files).exportTo(file, false, true);
            assertThat(demo.respondents().list(demo.rounds().list(demo.practices().list().getFirst().id())
                    .getFirst().id())).as("the workbook itself keeps its names").extracting(Respondent::name)
                    .contains("Joanne Fletcher");
        }
        assertThat(secret.names()).as("the demo's people, whole and by part")
                .contains("Dr Helen Price", "Joanne Fletcher", "Joanne", "Price", "Grace", "Adeyemi");
        assertThat(secret.notes()).as("the demo's notes").hasSizeGreaterThan(20);

        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        for (String s : secret.all()) {
            assertThat(text).as("the anonymised file must not hold \"%s\"", s).doesNotContain(s);
        }
        assertThat(text).doesNotContain("\"note\"").doesNotContain("\"owner\"").doesNotContain("\"anchor\"")
                .doesNotContain("\"successMeasure\"");

        try (Workbook trainer = Workbook.open(folder.resolve("trainer"), reader)) {
            var importer = new WorkbookImport(trainer, files);
            importer.importFile(importer.read(file), false);
            var practice = trainer.practices().list().getFirst();
            assertThat(practice.name()).as("the practice is an organisation, which the trainer compares by name")
                    .isEqualTo(DemoWorkbook.PRACTICE_NAME);
            var round = trainer.rounds().list(practice.id()).getFirst();
            var people = trainer.respondents().list(round.id());
            assertThat(people).extracting(Respondent::name)
                    .containsExactly("Respondent 1", "Respondent 2", "Respondent 3", "Respondent 4", "Respondent 5",
                            "Respondent 6");
            assertThat(people).extracting(Respondent::role).contains(Role.GP_PARTNER, Role.PRACTICE_MANAGER);
            assertThat(importer.read(file).answerCount()).as("every level, N/A and don't know is kept")
                    .isEqualTo(answers);
        }
    }

    @Test
    void a_plain_export_still_keeps_names_and_notes() throws Exception {
        Path file = folder.resolve("whole.pwb");
        try (Workbook demo = Workbook.open(folder.resolve("demo"), reader)) {
            DemoWorkbook.fill(demo);
            new WorkbookExport(demo, CLOCK, files).exportTo(file, false);
        }
        assertThat(Files.readString(file)).contains("Joanne Fletcher").contains("\"note\"");
    }
}
