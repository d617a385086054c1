package org.practiceworkbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.practiceworkbook.assessment.Respondent;
import org.practiceworkbook.pack.PackReader;
import org.practiceworkbook.store.Workbook;

/** Deleting a person, anonymising a round and exporting without names, from the command line. */
class PrivacyCommandsTest {

    @org.junit.jupiter.api.io.TempDir
    Path folder;

    record Run(int exit, String out) {
    }

    private Run onWorkbook(String... args) {
        var all = new java.util.ArrayList<>(java.util.List.of("--workbook", folder.resolve("w").toString()));
        all.addAll(java.util.List.of(args));
        var out = new java.io.StringWriter();
        int exit = CommandLineRunner.run(all.toArray(String[]::new), new java.io.PrintWriter(out),
                new java.io.PrintWriter(new java.io.StringWriter()), request -> 0);
        return new Run(exit, out.toString());
    }

    private static final String ROUND = "Baseline March 2027";

    private java.util.List<String> names() {
        try (Workbook workbook = Workbook.open(folder.resolve("w"), new PackReader())) {
            var practice = workbook.practices().list().getFirst();
            var round = workbook.rounds().findByLabel(practice.id(), ROUND).orElseThrow();
            return workbook.respondents().list(round.id()).stream().map(Respondent::name).toList();
        }
    }

    @Test
    void a_person_is_deleted_only_with_yes_after_being_told_what_goes() {
        assertThat(onWorkbook("demo").exit()).isZero();

        var asked = onWorkbook("respondents", "delete", "--practice", "Riverside Surgery", "--round", ROUND,
                "--respondent", "joanne fletcher");
        assertThat(asked.exit()).isEqualTo(1);
        assertThat(asked.out()).startsWith("This would permanently delete Joanne Fletcher (Practice manager) from "
                + ROUND + " with ").contains("answers, notes included. It cannot be undone; add --yes to delete.");
        assertThat(names()).contains("Joanne Fletcher");

        var deleted = onWorkbook("respondents", "delete", "--practice", "Riverside Surgery", "--round", ROUND,
                "--respondent", "Joanne Fletcher", "--yes");
        assertThat(deleted.exit()).isZero();
        assertThat(deleted.out()).startsWith("Deleted Joanne Fletcher (Practice manager) from " + ROUND);
        assertThat(names()).hasSize(5).doesNotContain("Joanne Fletcher");
    }

    @Test
    void a_round_is_anonymised_only_with_yes() {
        onWorkbook("demo");
        var asked = onWorkbook("rounds", "anonymise", "--practice", "Riverside Surgery", "--round", ROUND,
                "--remove-notes");
        assertThat(asked.exit()).isEqualTo(1);
        assertThat(asked.out()).startsWith("Anonymising " + ROUND + " would rename 6 people and remove ")
                .contains("It cannot be undone");
        assertThat(names()).contains("Joanne Fletcher");

        var done = onWorkbook("rounds", "anonymise", "--practice", "Riverside Surgery", "--round", ROUND,
                "--remove-notes", "--yes");
        assertThat(done.exit()).isZero();
        assertThat(names()).containsExactly("Respondent 1", "Respondent 2", "Respondent 3", "Respondent 4",
                "Respondent 5", "Respondent 6");
    }

    @Test
    void export_anonymise_writes_no_name_and_says_so() throws Exception {
        onWorkbook("demo");
        Path file = folder.resolve("for-the-trainer.pwb");
        var exported = onWorkbook("export", "--anonymise", "--out", file.toString());
        assertThat(exported.exit()).isZero();
        assertThat(exported.out()).contains("without names or notes");
        assertThat(Files.readString(file)).doesNotContain("Joanne").doesNotContain("Fletcher")
                .contains("Respondent 1");
    }
}
