package org.practiceworkbook.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practiceworkbook.assessment.Answer;
import org.practiceworkbook.assessment.AnswerValue;
import org.practiceworkbook.assessment.Role;
import org.practiceworkbook.assessment.RoundFacts;
import org.practiceworkbook.pack.PackReader;

/** A workbook made by the first schema keeps opening, with everything in it, in every later version. */
class FixtureWorkbookTest {

    @TempDir
    Path folder;

    final MovableClock clock = new MovableClock(java.time.Instant.parse("2026-11-23T21:40:00Z"),
            java.time.ZoneId.of("Europe/London"));

    Backups backups() {
        return new Backups(folder.resolve("data/backups"), clock);
    }

    /** The answers as the first schema holds them, read straight from its tables. */
    static java.util.List<String> answerRows(Path file) throws Exception {
        var rows = new java.util.ArrayList<String>();
        try (var connection = java.sql.DriverManager.getConnection("jdbc:h2:file:" + WorkbookLocation.h2Base(file),
                "workbook", "");
             var all = connection.createStatement().executeQuery("select respondent_id, pack_id, item_id, "
                     + "level, special, note, answered_at from answer order by respondent_id, pack_id, item_id")) {
            while (all.next()) {
                rows.add(all.getLong(1) + " " + all.getString(2) + " " + all.getString(3) + " " + all.getString(4)
                        + " " + all.getString(5) + " " + all.getString(6) + " " + all.getString(7));
            }
        }
        return rows;
    }

    @Test
    void the_first_schemas_workbook_opens_with_its_practices_rounds_respondents_and_answers() throws Exception {
        Path copy = folder.resolve("old.mv.db");
        Files.copy(Path.of("src/test/resources/fixtures/workbook-v1.mv.db"), copy);
        var answersBefore = answerRows(copy);
        assertThat(answersBefore).hasSize(4);

        try (Workbook workbook = Workbook.open(copy, new PackReader(), backups())) {
            assertThat(workbook.practices().list()).extracting(p -> p.name())
                    .containsExactly("Hillside Medical Centre", "Riverside Surgery");
            var riverside = workbook.practices().findByName("Riverside Surgery").orElseThrow();
            assertThat(riverside.federation()).isEqualTo("Vale GP Federation");
            var rounds = workbook.rounds().list(riverside.id());
            assertThat(rounds).extracting(r -> r.label()).containsExactly("6-month review", "Baseline March 2027");
            var baseline = rounds.get(1);
            assertThat(baseline.date()).isEqualTo(LocalDate.of(2027, 3, 14));
            assertThat(baseline.facts()).isEqualTo(new RoundFacts(9800, new BigDecimal("2.50"), 4, 3, 2));
            var capacity = workbook.rounds().questionnaires(baseline.id()).getFirst();
            var firstItem = workbook.packs().load(capacity).items().findFirst().orElseThrow().id();

            var people = workbook.respondents().list(baseline.id());
            assertThat(people).extracting(p -> p.role()).containsExactly(Role.GP_PARTNER, Role.PRACTICE_MANAGER);
            assertThat(people.getFirst().name()).isEqualTo("Dr Ana Müller");
            var answers = workbook.answers().forRespondent(people.getFirst().id(), "capacity");
            assertThat(answers.get(firstItem)).isEqualTo(
                    new Answer(firstItem, AnswerValue.level(2), FixtureWorkbook.NOTE, FixtureWorkbook.ANSWERED));
            assertThat(answers.values()).extracting(Answer::value)
                    .containsExactlyInAnyOrder(AnswerValue.level(2), AnswerValue.NOT_APPLICABLE, AnswerValue.DONT_KNOW);
            assertThat(workbook.answers().valuesForRound(baseline.id(), "capacity")).hasSize(2);
            assertThat(workbook.practices().publicId(riverside.id()))
                    .isNotEqualTo(workbook.practices().publicId(workbook.practices().findByName("Hillside Medical Centre")
                            .orElseThrow().id()));
        }
        assertThat(answerRows(copy)).as("every answer, with its note and time, carried across").isEqualTo(answersBefore);

        var made = backups().list(copy);
        assertThat(made).singleElement().satisfies(backup -> {
            assertThat(backup.reason()).isEqualTo(BackupReason.BEFORE_UPDATE);
            assertThat(backup.path().getFileName()).hasToString("2026-11-23 21-40 before updating.zip");
        });
        // The backup holds the workbook as the first schema had it: restored, it is a first-schema workbook again.
        BackupRestore.restore(copy, made.getFirst().path(), java.util.Optional.empty());
        assertThat(answerRows(copy)).isEqualTo(answersBefore);
        try (var connection = java.sql.DriverManager.getConnection("jdbc:h2:file:" + WorkbookLocation.h2Base(copy),
                "workbook", "")) {
            assertThat(Workbook.schemaVersion(connection)).isEqualTo(1);
        }
    }

    @Test
    void a_workbook_already_up_to_date_is_not_backed_up_again() throws Exception {
        Path copy = folder.resolve("old.mv.db");
        Files.copy(Path.of("src/test/resources/fixtures/workbook-v1.mv.db"), copy);
        Workbook.open(copy, new PackReader(), backups()).close();
        clock.advance(java.time.Duration.ofMinutes(5));

        Workbook.open(copy, new PackReader(), backups()).close();

        assertThat(backups().list(copy)).hasSize(1);
    }
}
