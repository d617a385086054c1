package org.practiceworkbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practiceworkbook.spreadsheet.CsvFiles;

/** The action plan and answers as CSV from the command line, for a trainer's batch work or a practice's own script. */
class ExportCsvCommandTest {

    @TempDir
    Path folder;

    record Run(int exit, String out, String err) {
    }

    private Run run(String... args) {
        return runOn(folder.resolve("w"), args);
    }

    private Run runOn(Path workbook, String... args) {
        var all = new ArrayList<>(List.of("--workbook", workbook.toString()));
        all.addAll(List.of(args));
        var out = new StringWriter();
        var err = new StringWriter();
        int exit = CommandLineRunner.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err),
                w -> 0);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void the_demos_plan_and_answers_are_written_with_a_line_saying_how_many() throws Exception {
        assertThat(run("demo").exit()).isZero();
        Path plan = folder.resolve("plan.csv");
        Path answers = folder.resolve("answers.csv");

        var actions = run("export-csv", "--practice", "riverside surgery", "--what", "actions", "--out", plan.toString());
        var given = run("export-csv", "--practice", "Riverside Surgery", "--what", "answers", "--out",
                answers.toString());

        assertThat(actions.exit()).as(actions.err()).isZero();
        assertThat(actions.out()).isEqualTo("Wrote 12 actions of Riverside Surgery to " + plan + "\n");
        assertThat(CsvFiles.parse(plan)).hasSize(12);
        assertThat(given.exit()).as(given.err()).isZero();
        int rows = CsvFiles.parse(answers).size();
        assertThat(given.out()).isEqualTo("Wrote " + String.format("%d", rows) + " answers of Riverside Surgery to "
                + answers + "\n");
        assertThat(rows).isGreaterThanOrEqualTo(720);
        assertThat(CsvFiles.parse(answers)).extracting(r -> r.get("respondent")).allMatch(p -> p.matches("Person \\d+"));

        var named = run("export-csv", "--practice", "Riverside Surgery", "--what", "answers", "--names", "--force",
                "--out", answers.toString());
        assertThat(named.exit()).as(named.err()).isZero();
        assertThat(CsvFiles.parse(answers)).extracting(r -> r.get("respondent")).contains("Dr Helen Price", "Person 3");
    }

    @Test
    void bad_requests_say_what_is_wrong_and_write_nothing() throws Exception {
        run("demo");
        Path plan = folder.resolve("plan.csv");

        var noPractice = run("export-csv", "--practice", "Hillside", "--what", "actions", "--out", plan.toString());
        assertThat(noPractice.exit()).isEqualTo(1);
        assertThat(noPractice.err()).startsWith("practice-workbook: there is no practice called \"Hillside\"");

        var badWhat = run("export-csv", "--practice", "Riverside Surgery", "--what", "consensus", "--out",
                plan.toString());
        assertThat(badWhat.exit()).isEqualTo(2);
        assertThat(badWhat.err()).contains("--what").contains("\"consensus\" is not something to export; choose "
                + "actions or answers");

        var namesOnPlan = run("export-csv", "--practice", "Riverside Surgery", "--what", "actions", "--names",
                "--out", plan.toString());
        assertThat(namesOnPlan.exit()).isEqualTo(2);
        assertThat(namesOnPlan.err()).startsWith("practice-workbook: --names is for --what answers");

        Path nowhere = folder.resolve("missing").resolve("plan.csv");
        var noFolder = run("export-csv", "--practice", "Riverside Surgery", "--what", "actions", "--out",
                nowhere.toString());
        assertThat(noFolder.exit()).isEqualTo(1);
        assertThat(noFolder.err()).isEqualTo("practice-workbook: cannot write " + nowhere.toAbsolutePath()
                + ": the folder " + nowhere.toAbsolutePath().getParent() + " does not exist; nothing was written\n");

        var aFolder = run("export-csv", "--practice", "Riverside Surgery", "--what", "actions", "--out",
                folder.toString());
        assertThat(aFolder.exit()).isEqualTo(1);
        assertThat(aFolder.err()).startsWith("practice-workbook: " + folder + " is a folder; name the file to write");
        assertThat(plan).doesNotExist();

        Files.writeString(plan, "kept");
        var exists = run("export-csv", "--practice", "Riverside Surgery", "--what", "actions", "--out", plan.toString());
        assertThat(exists.exit()).isEqualTo(1);
        assertThat(exists.err()).isEqualTo("practice-workbook: " + plan + " already exists; use --force to replace it\n");
        assertThat(plan).hasContent("kept");

        Path elsewhere = folder.resolve("elsewhere");
        var noWorkbook = runOn(elsewhere, "export-csv", "--practice", "Riverside Surgery",
                "--what", "actions", "--out", folder.resolve("x.csv").toString());
        assertThat(noWorkbook.exit()).isEqualTo(1);
        assertThat(noWorkbook.err()).startsWith("practice-workbook: there is no workbook at ");
        assertThat(folder.resolve("x.csv")).doesNotExist();
        assertThat(folder).isDirectoryNotContaining(p -> p.getFileName().toString().startsWith("elsewhere"));
    }
}
