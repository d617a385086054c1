package org.practiceworkbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Response files from the command line: a trainer's batch work, two laptops, and files that are refused. */
class ResponseCommandsTest {

    @TempDir
    Path folder;

    private static CommandRun run(Path workbook, String... args) {
        return CommandRun.on(workbook, args);
    }

    /** A laptop with Riverside Surgery, its baseline round, and one person who has answered two capacity items. */
    private Path laptopWithAnswers(String name, String person) {
        Path workbook = folder.resolve(name);
        assertThat(run(workbook, "practices", "add", "Riverside Surgery", "--ods", "A81001").exit()).isZero();
        assertThat(run(workbook, "rounds", "add", "--practice", "Riverside Surgery", "--label", "Baseline",
                "--date", "2027-03-14").exit()).isZero();
        try (var wb = org.practiceworkbook.store.Workbook.open(workbook, new org.practiceworkbook.pack.PackReader())) {
            var practice = wb.practices().list().getFirst();
            var round = wb.rounds().list(practice.id()).getFirst();
            var capacity = wb.packs().latest("capacity").orElseThrow();
            wb.rounds().useQuestionnaire(round.id(), capacity);
            var items = wb.packs().load(capacity).items().limit(2).toList();
            var respondent = wb.respondents().add(round.id(), person, org.practiceworkbook.assessment.Role.GP_PARTNER);
            var at = java.time.Instant.parse("2027-03-14T10:00:00Z");
            wb.answers().save(respondent.id(), "capacity", new org.practiceworkbook.assessment.Answer(items.get(0).id(),
                    org.practiceworkbook.assessment.AnswerValue.level(3), "Kept most weeks", at));
            wb.answers().save(respondent.id(), "capacity", new org.practiceworkbook.assessment.Answer(items.get(1).id(),
                    org.practiceworkbook.assessment.AnswerValue.NOT_APPLICABLE, null, at));
        }
        return workbook;
    }

    @Test
    void a_person_exported_on_one_laptop_is_imported_on_another_once_and_then_reported_already_present() {
        Path partner = laptopWithAnswers("partner", "Dr Ana Müller");
        Path facilitator = folder.resolve("facilitator");
        Path file = folder.resolve("ana.pwr");

        var export = run(partner, "export-responses", "--practice", "riverside surgery", "--round", "Baseline",
                "--respondent", "dr ana müller", "--out", file.toString());
        assertThat(export.exit()).as(export.err()).isZero();
        assertThat(export.out()).isEqualTo("Exported 2 answers of Dr Ana Müller (capacity 1.0, Baseline) to " + file + "\n");

        var refused = run(facilitator, "import-responses", file.toString());
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).startsWith("practice-workbook: there is no workbook at");
        assertThat(facilitator.resolveSibling("facilitator.mv.db")).doesNotExist();

        var imported = run(facilitator, "import-responses", "--create", file.toString());
        assertThat(imported.exit()).isZero();
        assertThat(imported.out()).isEqualTo(file + ": imported (Dr Ana Müller, Riverside Surgery, Baseline, 2 answers)\n");
        var again = run(facilitator, "import-responses", file.toString());
        assertThat(again.out()).isEqualTo(file + ": already present (Dr Ana Müller, Riverside Surgery, Baseline)\n");

        var people = run(facilitator, "respondents", "list", "--practice", "Riverside Surgery", "--round", "Baseline");
        assertThat(people.out().lines()).hasSize(2);
        assertThat(people.out()).contains("Dr Ana Müller", "gp-partner", "capacity 2");
    }

    @Test
    void several_files_at_once_report_each_and_a_bad_one_does_not_stop_the_good_ones() throws Exception {
        Path partner = laptopWithAnswers("partner", "Dr Ana Müller");
        Path good = folder.resolve("good.pwr");
        run(partner, "export-responses", "--practice", "Riverside Surgery", "--round", "Baseline", "--respondent",
                "Dr Ana Müller", "--out", good.toString());
        Path broken = folder.resolve("broken.pwr");
        Files.writeString(broken, Files.readString(good).replace("\"formatVersion\" : 1", "\"formatVersion\" : 3"));
        Path facilitator = laptopWithAnswers("facilitator", "Sam Patel");

        var result = run(facilitator, "import-responses", broken.toString(), good.toString(),
                folder.resolve("missing.pwr").toString());

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.out().lines()).containsExactly(
                broken + ": refused: " + broken + ":2:21: /formatVersion: made by a newer version of Practice Workbook "
                        + "(format 3; this version reads up to 1)",
                good + ": imported (Dr Ana Müller, Riverside Surgery, Baseline, 2 answers)",
                folder.resolve("missing.pwr") + ": refused: there is no file " + folder.resolve("missing.pwr"));
    }

    @Test
    void export_names_what_is_missing_and_never_overwrites_without_force() throws Exception {
        Path partner = laptopWithAnswers("partner", "Dr Ana Müller");
        Path file = folder.resolve("ana.pwr");
        Files.writeString(file, "keep me");

        var nobody = run(partner, "export-responses", "--practice", "Riverside Surgery", "--round", "Baseline",
                "--respondent", "Dr Who", "--out", folder.resolve("x.pwr").toString());
        assertThat(nobody.exit()).isEqualTo(1);
        assertThat(nobody.err()).startsWith("practice-workbook: nobody called \"Dr Who\" has answered in Baseline");

        var wrongPack = run(partner, "export-responses", "--practice", "Riverside Surgery", "--round", "Baseline",
                "--respondent", "Dr Ana Müller", "--pack", "skills", "--out", folder.resolve("x.pwr").toString());
        assertThat(wrongPack.err()).contains("Dr Ana Müller has not answered \"skills\" in Baseline yet");

        var clash = run(partner, "export-responses", "--practice", "Riverside Surgery", "--round", "Baseline",
                "--respondent", "Dr Ana Müller", "--out", file.toString());
        assertThat(clash.exit()).isEqualTo(1);
        assertThat(clash.err()).contains("already exists");
        assertThat(Files.readString(file)).isEqualTo("keep me");
        assertThat(folder.resolve("x.pwr")).doesNotExist();

        var forced = run(partner, "export-responses", "--practice", "Riverside Surgery", "--round", "Baseline",
                "--respondent", "Dr Ana Müller", "--out", file.toString(), "--force");
        assertThat(forced.exit()).isZero();
        assertThat(Files.readString(file)).contains("\"formatVersion\" : 1");
        try (var left = Files.list(folder)) {
            assertThat(left.map(Path::toString)).noneMatch(name -> name.endsWith(".partial"));
        }
    }
}
