package org.practiceworkbook.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practiceworkbook.assessment.Answer;
import org.practiceworkbook.assessment.AnswerValue;
import org.practiceworkbook.assessment.InvalidInputException;
import org.practiceworkbook.assessment.OrganisationalModel;
import org.practiceworkbook.assessment.Role;
import org.practiceworkbook.assessment.RoundFacts;
import org.practiceworkbook.pack.PackReader;

class WorkbookTest {

    static final PackReader READER = new PackReader();

    @TempDir
    Path folder;

    Workbook open(String name) {
        return Workbook.open(folder.resolve(name), READER);
    }

    @Test
    void a_missing_workbook_is_created_with_the_h2_ending_whether_or_not_it_was_given() {
        try (Workbook a = open("plain"); Workbook b = open("ended.mv.db")) {
            assertThat(a.file()).isEqualTo(folder.resolve("plain.mv.db"));
            assertThat(b.file()).isEqualTo(folder.resolve("ended.mv.db"));
        }
        assertThat(folder.resolve("plain.mv.db")).exists();
        assertThat(folder.resolve("ended.mv.db")).exists();
        assertThat(folder.resolve("ended.mv.db.mv.db")).doesNotExist();
    }

    @Test
    void a_new_workbook_holds_the_three_bundled_questionnaires() {
        try (Workbook workbook = open("w")) {
            assertThat(workbook.packs().list()).extracting(p -> p.ref().toString())
                    .containsExactly("capacity 1.0", "governance 1.0", "skills 1.0");
            assertThat(workbook.packs().list()).allSatisfy(p -> assertThat(p.itemCount()).isGreaterThanOrEqualTo(15));
        }
    }

    @Test
    void practices_rounds_and_facts_survive_closing_and_reopening() {
        try (Workbook workbook = open("w")) {
            var practice = workbook.practices().add("Riverside Surgery", "a81001", OrganisationalModel.PARTNERSHIP,
                    "Riverside PCN", null);
            workbook.rounds().add(practice.id(), "Baseline March 2027", LocalDate.of(2027, 3, 14),
                    new RoundFacts(9800, new BigDecimal("2.5"), 4, 3, 2));
        }
        try (Workbook workbook = open("w")) {
            var practice = workbook.practices().findByName("riverside   SURGERY").orElseThrow();
            assertThat(practice.odsCode()).isEqualTo("A81001");
            assertThat(practice.pcn()).isEqualTo("Riverside PCN");
            var round = workbook.rounds().list(practice.id()).getFirst();
            assertThat(round.label()).isEqualTo("Baseline March 2027");
            assertThat(round.date()).isEqualTo(LocalDate.of(2027, 3, 14));
            assertThat(round.facts()).isEqualTo(new RoundFacts(9800, new BigDecimal("2.50"), 4, 3, 2));
        }
    }

    @Test
    void a_second_practice_with_the_same_name_or_ods_code_is_refused_and_nothing_is_added() {
        try (Workbook workbook = open("w")) {
            workbook.practices().add("Riverside Surgery", "A81001", OrganisationalModel.PARTNERSHIP, null, null);

            assertThatThrownBy(() -> workbook.practices().add("riverside  surgery", null, OrganisationalModel.PARTNERSHIP, null, null))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("there is already a practice called \"Riverside Surgery\" in this workbook");
            assertThatThrownBy(() -> workbook.practices().add("Hillside", "a81001", OrganisationalModel.PARTNERSHIP, null, null))
                    .hasMessage("the ODS code A81001 is already used by \"Riverside Surgery\"");
            assertThat(workbook.practices().list()).hasSize(1);
        }
    }

    @Test
    void rounds_are_listed_newest_first_and_a_repeated_label_is_refused() {
        try (Workbook workbook = open("w")) {
            long id = workbook.practices().add("Hillside", null, OrganisationalModel.SINGLE_HANDED, null, null).id();
            workbook.rounds().add(id, "Baseline", LocalDate.of(2027, 3, 1), RoundFacts.NONE);
            workbook.rounds().add(id, "6-month review", LocalDate.of(2027, 9, 1), RoundFacts.NONE);

            assertThat(workbook.rounds().list(id)).extracting(r -> r.label()).containsExactly("6-month review", "Baseline");
            assertThatThrownBy(() -> workbook.rounds().add(id, "BASELINE", LocalDate.of(2028, 1, 1), RoundFacts.NONE))
                    .hasMessage("this practice already has a round called \"Baseline\"");
            assertThat(workbook.rounds().list(id)).hasSize(2);
        }
    }

    @Test
    void deleting_a_practice_takes_its_rounds_respondents_and_answers_and_says_how_many_first() {
        try (Workbook workbook = open("w")) {
            long practice = workbook.practices().add("Hillside", null, OrganisationalModel.PARTNERSHIP, null, null).id();
            long keep = workbook.practices().add("Keep Me", null, OrganisationalModel.PARTNERSHIP, null, null).id();
            long round = workbook.rounds().add(practice, "Baseline", LocalDate.of(2027, 3, 1), RoundFacts.NONE).id();
            long keptRound = workbook.rounds().add(keep, "Baseline", LocalDate.of(2027, 3, 1), RoundFacts.NONE).id();
            for (Role role : new Role[] {Role.GP_PARTNER, Role.PRACTICE_MANAGER}) {
                long who = workbook.respondents().add(round, null, role).id();
                workbook.answers().save(who, "capacity", new Answer("a", AnswerValue.level(2), null, Instant.now()));
            }
            workbook.answers().save(workbook.respondents().add(keptRound, "Sam", Role.NURSE).id(), "capacity",
                    new Answer("a", AnswerValue.level(4), null, Instant.now()));

            assertThat(workbook.practices().deletionImpact(practice).describe())
                    .isEqualTo("1 assessment round, 2 respondents and 2 answers");
            workbook.practices().delete(practice);

            assertThat(workbook.practices().list()).extracting(p -> p.name()).containsExactly("Keep Me");
            assertThat(workbook.rounds().list(practice)).isEmpty();
            assertThat(workbook.answers().valuesForRound(round, "capacity")).isEmpty();
            assertThat(workbook.answers().valuesForRound(keptRound, "capacity")).hasSize(1);
        }
    }

    @Test
    void answers_notes_not_applicable_and_dont_know_are_kept_exactly_and_can_be_changed() {
        Instant when = Instant.parse("2027-03-14T09:30:00Z");
        long respondent;
        try (Workbook workbook = open("w")) {
            long practice = workbook.practices().add("Hillside", null, OrganisationalModel.PARTNERSHIP, null, null).id();
            long round = workbook.rounds().add(practice, "Baseline", LocalDate.of(2027, 3, 1), RoundFacts.NONE).id();
            respondent = workbook.respondents().add(round, "Dr Ana Müller", Role.GP_PARTNER).id();
            var answers = workbook.answers();
            answers.save(respondent, "capacity", new Answer("one", AnswerValue.level(3), "Kept most weeks – £0 cost", when));
            answers.save(respondent, "capacity", new Answer("two", AnswerValue.NOT_APPLICABLE, null, when));
            answers.save(respondent, "capacity", new Answer("three", AnswerValue.DONT_KNOW, null, when));
            answers.save(respondent, "capacity", new Answer("four", null, "Ask the manager", when));
            answers.save(respondent, "capacity", new Answer("one", AnswerValue.level(4), "Kept most weeks – £0 cost", when));
        }
        try (Workbook workbook = open("w")) {
            var held = workbook.answers().forRespondent(respondent, "capacity");
            assertThat(held).containsOnlyKeys("one", "two", "three", "four");
            assertThat(held.get("one")).isEqualTo(new Answer("one", AnswerValue.level(4), "Kept most weeks – £0 cost", when));
            assertThat(held.get("two").value()).isEqualTo(AnswerValue.NOT_APPLICABLE);
            assertThat(held.get("three").value()).isEqualTo(AnswerValue.DONT_KNOW);
            assertThat(held.get("four").value()).isNull();
            assertThat(workbook.respondents().list(workbook.rounds().list(
                    workbook.practices().list().getFirst().id()).getFirst().id()).getFirst().name()).isEqualTo("Dr Ana Müller");
        }
    }

    @Test
    void a_respondents_place_in_each_questionnaire_is_remembered_across_reopening() {
        long respondent;
        try (Workbook workbook = open("w")) {
            long practice = workbook.practices().add("Hillside", null, OrganisationalModel.PARTNERSHIP, null, null).id();
            long round = workbook.rounds().add(practice, "Baseline", LocalDate.of(2027, 3, 1), RoundFacts.NONE).id();
            respondent = workbook.respondents().add(round, null, Role.NURSE).id();
            workbook.respondents().savePosition(respondent, "capacity", "item-3");
            workbook.respondents().savePosition(respondent, "capacity", "item-7");
            workbook.respondents().savePosition(respondent, "skills", "item-1");
        }
        try (Workbook workbook = open("w")) {
            assertThat(workbook.respondents().position(respondent, "capacity")).contains("item-7");
            assertThat(workbook.respondents().position(respondent, "skills")).contains("item-1");
            assertThat(workbook.respondents().position(respondent, "governance")).isEmpty();
        }
    }

    @Test
    void a_workbook_made_by_a_newer_version_is_refused_and_left_as_it_was() throws Exception {
        try (Workbook workbook = open("w")) {
            workbook.practices().add("Hillside", null, OrganisationalModel.PARTNERSHIP, null, null);
        }
        String url = "jdbc:h2:file:" + folder.resolve("w") + ";WRITE_DELAY=0";
        try (var connection = DriverManager.getConnection(url, "workbook", "");
             var statement = connection.createStatement()) {
            statement.execute("insert into \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", "
                    + "\"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\") "
                    + "values (99, '99', 'future', 'SQL', 'V99__future.sql', 0, 'test', 0, true)");
        }

        assertThatThrownBy(() -> open("w"))
                .isInstanceOf(WorkbookOpenException.class)
                .hasMessageContaining("was made by a newer version of Practice Workbook (schema 99; this version knows up to " + Workbook.SCHEMA_VERSION + ")");
    }

    @Test
    void the_schema_version_constant_is_the_newest_migration() throws Exception {
        int newest;
        try (var files = Files.list(Path.of("src/main/resources/db/migration"))) {
            newest = files.map(f -> f.getFileName().toString())
                    .filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__"))))
                    .max().orElseThrow();
        }
        assertThat(Workbook.SCHEMA_VERSION).isEqualTo(newest);
    }

    @Test
    void a_file_that_is_not_a_workbook_gets_a_clear_message_and_is_not_changed() throws Exception {
        Path notAWorkbook = folder.resolve("notes.mv.db");
        Files.writeString(notAWorkbook, "These are my notes, not a database.");

        assertThatThrownBy(() -> Workbook.open(notAWorkbook, READER))
                .isInstanceOf(WorkbookOpenException.class)
                .hasMessageContaining("is not a Practice Workbook workbook, or it is damaged");
        assertThat(Files.readString(notAWorkbook)).isEqualTo("These are my notes, not a database.");
    }

    @Test
    void the_data_folder_follows_each_platforms_convention() {
        Path home = Path.of("/home/sam");
        assertThat(WorkbookLocation.dataFolder("Linux", java.util.Map.of(), home))
                .isEqualTo(Path.of("/home/sam/.local/share/practice-workbook"));
        assertThat(WorkbookLocation.dataFolder("Linux", java.util.Map.of("XDG_DATA_HOME", "/data"), home))
                .isEqualTo(Path.of("/data/practice-workbook"));
        assertThat(WorkbookLocation.dataFolder("Windows 11", java.util.Map.of("APPDATA", "/appdata"), home))
                .isEqualTo(Path.of("/appdata/PracticeWorkbook"));
        assertThat(WorkbookLocation.dataFolder("Mac OS X", java.util.Map.of(), home))
                .isEqualTo(Path.of("/home/sam/Library/Application Support/Practice Workbook"));
    }
}
