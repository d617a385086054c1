package org.practiceworkbook.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practiceworkbook.exchange.SampleWorkbooks.PROTECTED;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practiceworkbook.assessment.Answer;
import org.practiceworkbook.assessment.AnswerValue;
import org.practiceworkbook.assessment.OrganisationalModel;
import org.practiceworkbook.assessment.Practice;
import org.practiceworkbook.assessment.Respondent;
import org.practiceworkbook.assessment.RoundFacts;
import org.practiceworkbook.pack.PackReader;
import org.practiceworkbook.store.Workbook;

/** A trainer gathering several practices into one workbook: new ones added, known ones skipped or replaced. */
class WorkbookFileMergeTest {

    @TempDir
    Path folder;

    private final WorkbookFiles files = new WorkbookFiles(new PackReader());
    private Workbook source;
    private Workbook trainer;
    private WorkbookFile file;

    @BeforeEach
    void open() throws Exception {
        source = Workbook.open(folder.resolve("source"), new PackReader());
        trainer = Workbook.open(folder.resolve("trainer"), new PackReader());
        SampleWorkbooks.fill(source);
        file = reread(new WorkbookExport(source, WorkbookFileTest.FIRST, files).export());
    }

    @AfterEach
    void close() {
        source.close();
        trainer.close();
    }

    private WorkbookFile reread(WorkbookFile exported) throws Exception {
        return new WorkbookImport(trainer, files).read("practices.pwb", files.write(exported));
    }

    private String exported(Workbook workbook, String practice) {
        WorkbookFile all = new WorkbookExport(workbook, WorkbookFileTest.FIRST, files).export();
        var only = all.practices().stream().filter(p -> p.name().equals(practice)).toList();
        return new String(files.write(new WorkbookFile(all.exportedAt(), List.of(), only)), StandardCharsets.UTF_8);
    }

    /** The trainer's workbook already has Riverside Surgery (as imported before, then changed there) and its own practice. */
    private Respondent trainerHasRiversideChanged() {
        new WorkbookImport(trainer, files).importFile(file, false);
        trainer.practices().delete(trainer.practices().findByName("Hillside Medical Centre").orElseThrow().id());
        Practice oakwood = trainer.practices().add("Oakwood Health Centre", "B82002", OrganisationalModel.TRUST_RUN, null, null);
        trainer.rounds().add(oakwood.id(), "Baseline", java.time.LocalDate.of(2027, 1, 10), RoundFacts.NONE);
        Practice riverside = trainer.practices().findByName("Riverside Surgery").orElseThrow();
        long baseline = trainer.rounds().findByLabel(riverside.id(), "Baseline March 2027").orElseThrow().id();
        Respondent sam = trainer.respondents().list(baseline).getFirst();
        trainer.answers().save(sam.id(), "capacity", new Answer(PROTECTED, AnswerValue.level(5), "Changed here",
                SampleWorkbooks.T0.plusSeconds(999_999)));
        return sam;
    }

    @Test
    void practices_new_to_the_workbook_are_added_and_one_already_there_is_skipped_as_it_is() {
        Respondent sam = trainerHasRiversideChanged();

        var result = new WorkbookImport(trainer, files).importFile(file, false);

        assertThat(result.practices()).containsExactly(
                new WorkbookImport.PracticeResult("Hillside Medical Centre", WorkbookImport.Outcome.ADDED, 1),
                new WorkbookImport.PracticeResult("Riverside Surgery", WorkbookImport.Outcome.SKIPPED, 2));
        assertThat(result.count(WorkbookImport.Outcome.SKIPPED)).isEqualTo(1);
        assertThat(trainer.practices().list()).extracting(Practice::name)
                .containsExactly("Hillside Medical Centre", "Oakwood Health Centre", "Riverside Surgery");
        assertThat(trainer.answers().forRespondent(sam.id(), "capacity").get(PROTECTED).note())
                .as("a skipped practice keeps the workbook's answers").isEqualTo("Changed here");
        assertThat(exported(trainer, "Hillside Medical Centre")).isEqualTo(exported(source, "Hillside Medical Centre"));
    }

    @Test
    void with_replace_the_practice_already_there_is_replaced_whole_by_the_files() {
        trainerHasRiversideChanged();
        assertThat(exported(trainer, "Riverside Surgery")).isNotEqualTo(exported(source, "Riverside Surgery"));

        var result = new WorkbookImport(trainer, files).importFile(file, true);

        assertThat(result.practices()).extracting(WorkbookImport.PracticeResult::outcome)
                .containsExactly(WorkbookImport.Outcome.ADDED, WorkbookImport.Outcome.REPLACED);
        assertThat(exported(trainer, "Riverside Surgery")).as("the file's answer wins")
                .isEqualTo(exported(source, "Riverside Surgery"));
        assertThat(trainer.practices().list()).extracting(Practice::name)
                .containsExactly("Hillside Medical Centre", "Oakwood Health Centre", "Riverside Surgery");
        assertThat(result.packsAdded()).as("the small pack is already held").isZero();
    }

    @Test
    void a_replaced_practice_may_be_renamed_in_the_file_and_its_own_people_are_not_elsewhere() throws Exception {
        trainerHasRiversideChanged();
        WorkbookFile renamed = new WorkbookFile(file.exportedAt(), file.packs(), file.practices().stream()
                .map(p -> p.name().equals("Riverside Surgery") ? new WorkbookFile.PracticeEntry(p.id(),
                        p.details().withName("Riverside Surgery (main site)"), p.actions(), p.rounds()) : p)
                .toList());

        var result = new WorkbookImport(trainer, files).importFile(reread(renamed), true);

        assertThat(result.practices()).extracting(WorkbookImport.PracticeResult::practice)
                .containsExactly("Hillside Medical Centre", "Riverside Surgery (main site)");
        assertThat(trainer.practices().findByName("Riverside Surgery")).isEmpty();
        assertThat(trainer.practices().list()).hasSize(3);
    }
}
