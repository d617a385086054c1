package org.practiceworkbook.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practiceworkbook.assessment.Answer;
import org.practiceworkbook.assessment.AnswerValue;
import org.practiceworkbook.assessment.InvalidInputException;
import org.practiceworkbook.assessment.ItemRef;
import org.practiceworkbook.assessment.OrganisationalModel;
import org.practiceworkbook.assessment.PlannedAction;
import org.practiceworkbook.assessment.Practice;
import org.practiceworkbook.assessment.Role;
import org.practiceworkbook.assessment.RoundFacts;
import org.practiceworkbook.demo.DemoWorkbook;
import org.practiceworkbook.pack.PackReader;
import org.practiceworkbook.spreadsheet.CsvExport.What;
import org.practiceworkbook.store.Workbook;

/** A practice manager taking the action plan and everyone's answers into Excel, and finding them as typed. */
class CsvExportTest {

    /** Commas, quotes, a line break, a pound sign and accents: everything a naive CSV writer gets wrong. */
    static final String AWKWARD_NOTE = "Kept most weeks, \"mostly\" – not in August;\nsaves £1,200 a year at the café (Zoë)";
    static final LocalDate TODAY = LocalDate.of(2027, 10, 1);

    @TempDir
    Path folder;

    @Test
    void the_demo_plan_has_the_issues_columns_first_one_row_per_action_and_iso_dates() throws IOException {
        Path file = folder.resolve("plan.csv");
        try (Workbook workbook = Workbook.open(folder.resolve("w"), new PackReader())) {
            int actions = DemoWorkbook.fill(workbook).actions();
            Practice riverside = workbook.practices().findByName(DemoWorkbook.PRACTICE_NAME).orElseThrow();

            var summary = new CsvExport(workbook).write(riverside, What.ACTIONS, false, TODAY, file, false);

            assertThat(summary.rows()).isEqualTo(actions).isEqualTo(12);
            List<CSVRecord> rows = CsvFiles.parse(file);
            assertThat(CsvFiles.header(file)).startsWith("title", "description", "linked_items", "owner", "anchor", "due_date",
                    "priority", "status", "success_measure", "review_date");
            assertThat(rows).hasSize(actions);
            var stored = workbook.actions().list(riverside.id());
            for (int i = 0; i < actions; i++) {
                PlannedAction action = stored.get(i);
                CSVRecord row = rows.get(i);
                assertThat(row.get("title")).isEqualTo(action.title());
                assertThat(row.get("due_date")).isEqualTo(action.dueOn() == null ? "" : action.dueOn().toString());
                assertThat(row.get("status")).isEqualTo(action.status().label());
                assertThat(row.get("id")).isEqualTo(action.publicId().toString());
                assertThat(row.get("linked_items")).isEqualTo(String.join("; ",
                        action.linkedItems().stream().map(ItemRef::itemId).toList()));
                assertThat(row.get("origin_round")).isIn("Baseline March 2027", "");
            }
            assertThat(rows).extracting(r -> r.get("due_date")).filteredOn(d -> !d.isEmpty())
                    .allMatch(d -> d.matches("\\d{4}-\\d{2}-\\d{2}"));
            // A reader in Excel sees what each linked item says, not just its id.
            CSVRecord linked = rows.stream().filter(r -> !r.get("linked_items").isEmpty()).findFirst().orElseThrow();
            String firstId = linked.get("linked_items").split("; ")[0];
            String statement = workbook.packs().load(workbook.packs().latest(firstId.substring(0, firstId.indexOf('.')))
                    .orElseThrow()).item(firstId).orElseThrow().statement();
            assertThat(linked.get("linked_item_statements")).contains(statement);
        }
    }

    @Test
    void awkward_notes_and_titles_survive_the_round_trip_and_formulas_are_defused() throws IOException {
        Path file = folder.resolve("answers.csv");
        Path plan = folder.resolve("plan.csv");
        try (Workbook workbook = Workbook.open(folder.resolve("w"), new PackReader())) {
            Practice practice = workbook.practices().add("Café Lane Surgery", null, OrganisationalModel.PARTNERSHIP,
                    null, null);
            var round = workbook.rounds().add(practice.id(), "Baseline", LocalDate.of(2027, 3, 14), RoundFacts.NONE);
            var capacity = workbook.packs().latest("capacity").orElseThrow();
            workbook.rounds().useQuestionnaire(round.id(), capacity);
            var items = workbook.packs().load(capacity).items().toList();
            var zoe = workbook.respondents().add(round.id(), "Zoë Ó'Brien", Role.PRACTICE_MANAGER);
            Instant answered = Instant.parse("2027-03-14T09:30:15.123Z");
            workbook.answers().save(zoe.id(), "capacity", new Answer(items.get(0).id(), AnswerValue.level(3),
                    AWKWARD_NOTE, answered));
            workbook.answers().save(zoe.id(), "capacity", new Answer(items.get(1).id(), AnswerValue.NOT_APPLICABLE,
                    "=HYPERLINK(\"http://evil.example\",\"click\")", answered));
            workbook.answers().save(zoe.id(), "capacity", new Answer(items.get(2).id(), AnswerValue.DONT_KNOW,
                    "@SUM(A1:A2)", answered));
            workbook.actions().add(new PlannedAction(0, UUID.randomUUID(), practice.id(), round.id(),
                    "+44 20 7946 0000 is the number to ring", "-1 session a week, then review", "@finance lead",
                    "=cmd|' /C calc'!A0", LocalDate.of(2027, 6, 30), PlannedAction.Priority.HIGH,
                    PlannedAction.Status.IN_PROGRESS, AWKWARD_NOTE, LocalDate.of(2027, 9, 1),
                    List.of(new ItemRef("capacity", items.get(0).id()))));

            new CsvExport(workbook).write(practice, What.ANSWERS, true, TODAY, file, false);
            new CsvExport(workbook).write(practice, What.ACTIONS, false, TODAY, plan, false);

            List<CSVRecord> answers = CsvFiles.parse(file);
            assertThat(answers).hasSize(3);
            CSVRecord first = answers.getFirst();
            assertThat(first.get("note")).isEqualTo(AWKWARD_NOTE);
            assertThat(first.get("practice")).isEqualTo("Café Lane Surgery");
            assertThat(first.get("respondent")).isEqualTo("Zoë Ó'Brien");
            assertThat(first.get("role")).isEqualTo("Practice manager");
            assertThat(first.get("round_date")).isEqualTo("2027-03-14");
            assertThat(first.get("answered_at")).isEqualTo("2027-03-14T09:30:15Z");
            assertThat(first.get("questionnaire")).isEqualTo("Management capacity");
            assertThat(first.get("section")).isEqualTo("Protected time for improvement");
            assertThat(first.get("item_id")).isEqualTo(items.get(0).id());
            assertThat(first.get("statement")).isEqualTo(items.get(0).statement());
            assertThat(first.get("level")).isEqualTo("3");
            assertThat(first.get("level_label")).isEqualTo("Partly in place");
            assertThat(answers.get(1).get("level")).isEqualTo("not applicable");
            assertThat(answers.get(1).get("level_label")).isEmpty();
            assertThat(answers.get(2).get("level")).isEqualTo("don't know");
            // What Excel would run as a formula is shown as text instead.
            assertThat(answers.get(1).get("note")).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"click\")");
            assertThat(answers.get(2).get("note")).isEqualTo("'@SUM(A1:A2)");

            CSVRecord action = CsvFiles.parse(plan).getFirst();
            assertThat(action.get("title")).isEqualTo("'+44 20 7946 0000 is the number to ring");
            assertThat(action.get("description")).isEqualTo("'-1 session a week, then review");
            assertThat(action.get("owner")).isEqualTo("'@finance lead");
            assertThat(action.get("anchor")).isEqualTo("'=cmd|' /C calc'!A0");
            // The plan keeps its text on one line (the core collapses spaces); commas, quotes, £ and accents survive.
            assertThat(action.get("success_measure")).isEqualTo(AWKWARD_NOTE.replace("\n", " "));
            assertThat(action.get("due_date")).isEqualTo("2027-06-30");
            assertThat(action.get("review_date")).isEqualTo("2027-09-01");
            assertThat(action.get("priority")).isEqualTo("High");
            assertThat(action.get("overdue")).isEqualTo("yes");
            assertThat(action.get("origin_round")).isEqualTo("Baseline");
            assertThat(action.get("origin_round_date")).isEqualTo("2027-03-14");
        }
    }

    @Test
    void names_stay_out_unless_asked_for_and_people_are_numbered_across_the_whole_file() throws IOException {
        try (Workbook workbook = Workbook.open(folder.resolve("w"), new PackReader())) {
            DemoWorkbook.fill(workbook);
            Practice riverside = workbook.practices().findByName(DemoWorkbook.PRACTICE_NAME).orElseThrow();
            var people = workbook.rounds().list(riverside.id()).stream()
                    .flatMap(r -> workbook.respondents().list(r.id()).stream()).toList();
            Path anonymous = folder.resolve("anonymous.csv");
            Path named = folder.resolve("named.csv");

            var summary = new CsvExport(workbook).write(riverside, What.ANSWERS, false, TODAY, anonymous, false);
            new CsvExport(workbook).write(riverside, What.ANSWERS, true, TODAY, named, false);

            List<CSVRecord> rows = CsvFiles.parse(anonymous);
            assertThat(rows).hasSize(summary.rows());
            assertThat(rows).extracting(r -> r.get("respondent")).containsOnly(
                    java.util.stream.IntStream.rangeClosed(1, people.size()).mapToObj(n -> "Person " + n)
                            .toArray(String[]::new));
            String text = Files.readString(anonymous);
            people.stream().filter(p -> p.name() != null).forEach(p -> assertThat(text).doesNotContain(p.name()));
            assertThat(rows).extracting(r -> r.get("round")).first().isEqualTo("Baseline March 2027");
            assertThat(rows).extracting(r -> r.get("round")).last().isEqualTo("6-month review September 2027");

            assertThat(CsvFiles.parse(named)).extracting(r -> r.get("respondent")).containsAll(
                    people.stream().filter(p -> p.name() != null).map(p -> p.name()).toList());
        }
    }

    @Test
    void a_practice_with_nothing_to_export_an_existing_file_and_a_missing_folder_are_refused_writing_nothing()
            throws IOException {
        try (Workbook workbook = Workbook.open(folder.resolve("w"), new PackReader())) {
            Practice empty = workbook.practices().add("Hillside", null, OrganisationalModel.PARTNERSHIP, null, null);
            var export = new CsvExport(workbook);
            Path file = folder.resolve("hillside.csv");

            assertThatThrownBy(() -> export.write(empty, What.ACTIONS, false, TODAY, file, false))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("Hillside has no actions in its plan yet, so there is nothing to export; nothing was "
                            + "written");
            assertThatThrownBy(() -> export.write(empty, What.ANSWERS, false, TODAY, file, false))
                    .hasMessage("Hillside has no answers yet, so there is nothing to export; nothing was written");
            assertThat(file).doesNotExist();

            workbook.actions().add(new PlannedAction(0, UUID.randomUUID(), empty.id(), null, "Book a away-day", null,
                    null, null, null, null, null, null, null, List.of()));
            Files.writeString(file, "kept");
            assertThatThrownBy(() -> export.write(empty, What.ACTIONS, false, TODAY, file, false))
                    .hasMessageContaining("already exists");
            assertThat(file).hasContent("kept");

            Path nowhere = folder.resolve("no-such-folder").resolve("plan.csv");
            assertThatThrownBy(() -> export.write(empty, What.ACTIONS, false, TODAY, nowhere, false))
                    .hasMessageContaining("does not exist; nothing was written");
            assertThat(nowhere.getParent()).doesNotExist();
            assertThat(folder).isDirectoryNotContaining(p -> p.getFileName().toString().endsWith(".part"));

            assertThat(export.write(empty, What.ACTIONS, false, TODAY, file, true).rows()).isEqualTo(1);
            assertThat(CsvFiles.parse(file)).extracting(r -> r.get("title")).containsExactly("Book a away-day");
        }
    }

    @Test
    void the_guard_defuses_only_what_a_spreadsheet_would_run() {
        assertThat(CsvTable.guard("=1+1")).isEqualTo("'=1+1");
        assertThat(CsvTable.guard("+1")).isEqualTo("'+1");
        assertThat(CsvTable.guard("-1")).isEqualTo("'-1");
        assertThat(CsvTable.guard("@A1")).isEqualTo("'@A1");
        assertThat(CsvTable.guard("\t=1")).isEqualTo("'\t=1");
        assertThat(CsvTable.guard("\r=1")).isEqualTo("'\r=1");
        assertThat(CsvTable.guard("A=1, fine")).isEqualTo("A=1, fine");
        assertThat(CsvTable.guard("2027-03-14")).isEqualTo("2027-03-14");
        assertThat(CsvTable.guard(null)).isEmpty();
    }

    @Test
    void a_file_name_says_whose_and_what_it_is() {
        Practice practice = new Practice(1, "St Mary's Café Surgery", null, OrganisationalModel.PARTNERSHIP, null, null);
        assertThat(CsvExport.suggestedFileName(practice, What.ACTIONS, TODAY))
                .isEqualTo("st-mary-s-cafe-surgery-action-plan-2027-10-01.csv");
        assertThat(CsvExport.suggestedFileName(practice, What.ANSWERS, TODAY))
                .isEqualTo("st-mary-s-cafe-surgery-answers-2027-10-01.csv");
    }
}
