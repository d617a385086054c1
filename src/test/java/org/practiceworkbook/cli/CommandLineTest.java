package org.practiceworkbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommandLineTest {

    @TempDir
    Path folder;

    record Run(int exit, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }
    }

    final List<Path> windowsOpened = new ArrayList<>();
    final List<WindowRequest> windowRequests = new ArrayList<>();

    Run run(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        int exit = CommandLineRunner.run(args, new PrintWriter(out), new PrintWriter(err), request -> {
            windowsOpened.add(request.workbook());
            windowRequests.add(request);
            return 0;
        });
        return new Run(exit, out.toString(), err.toString());
    }

    Run onWorkbook(String... args) {
        var all = new ArrayList<>(List.of("--workbook", folder.resolve("w").toString()));
        all.addAll(List.of(args));
        return run(all.toArray(String[]::new));
    }

    Path copyOfResource(String resource, String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            Path file = folder.resolve(name);
            Files.write(file, in.readAllBytes());
            return file;
        }
    }

    @Test
    void version_and_help_print_and_exit_zero_without_opening_anything() {
        var version = run("--version");
        assertThat(version.exit()).isZero();
        assertThat(version.out()).startsWith("Practice Workbook 0.");

        var help = run("--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("--workbook", "packs", "practices", "rounds", "demo", "export", "import");
        assertThat(windowsOpened).isEmpty();
    }

    @Test
    void with_no_command_the_window_opens_on_the_chosen_workbook() {
        assertThat(onWorkbook().exit()).isZero();
        assertThat(windowsOpened).containsExactly(folder.resolve("w"));
    }

    @Test
    void a_response_or_workbook_file_given_alone_opens_the_window_to_offer_it() throws IOException {
        Path responses = Files.writeString(folder.resolve("Dr Patel.PWR"), "{}");
        Path workbookFile = Files.writeString(folder.resolve("riverside.pwb"), "{}");

        assertThat(run(responses.toString()).exit()).isZero();
        assertThat(onWorkbook(workbookFile.toString()).exit()).isZero();

        assertThat(windowRequests).extracting(WindowRequest::file)
                .containsExactly(java.util.Optional.of(responses), java.util.Optional.of(workbookFile));
        // Without --workbook the window may open the workbook its settings name; with it, that one.
        assertThat(windowRequests).extracting(WindowRequest::workbookGiven).containsExactly(false, true);
        assertThat(windowRequests.get(1).workbook()).isEqualTo(folder.resolve("w"));
    }

    @Test
    void a_bare_word_is_still_an_unknown_command_and_a_missing_file_is_named() {
        var typo = run("practises");
        assertThat(typo.exit()).isEqualTo(2);
        assertThat(typo.err().strip()).isEqualTo(
                "practice-workbook: unknown command or option 'practises'; did you mean practices or packs? (see --help)");

        var notAFile = run("notes.txt");
        assertThat(notAFile.exit()).isEqualTo(2);
        assertThat(notAFile.err()).contains("unknown command or option 'notes.txt'");

        var missing = run(folder.resolve("gone.pwr").toString());
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err().strip()).isEqualTo("practice-workbook: there is no file " + folder.resolve("gone.pwr"));
        assertThat(windowRequests).isEmpty();
    }

    @Test
    void the_three_bundled_packs_validate() throws IOException {
        var files = new ArrayList<String>(List.of("packs", "validate"));
        for (String pack : List.of("capacity", "skills", "governance")) {
            files.add(copyOfResource("/questionnaires/" + pack + ".json", pack + ".json").toString());
        }

        var result = run(files.toArray(String[]::new));

        assertThat(result.exit()).isZero();
        assertThat(result.out().lines()).hasSize(3).allSatisfy(line -> assertThat(line).contains(": valid ("));
    }

    @Test
    void validate_names_every_problem_in_every_file_and_exits_one() throws IOException {
        Path broken = copyOfResource("/packs/duplicate-id-and-missing-why.json", "broken.json");
        Path syntax = copyOfResource("/packs/syntax-error.json", "syntax.json");
        Path good = copyOfResource("/packs/small.json", "small.json");

        var result = run("packs", "validate", broken.toString(), syntax.toString(), good.toString(),
                folder.resolve("missing.json").toString());

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.out().lines()).containsExactly(
                broken + ":38:9: /sections/0/items/1: missing required field \"why\"",
                broken + ":61:17: /sections/1/items/0/id: duplicate id \"time.protected\": already used at "
                        + "/sections/0/items/0/id (line 24); ids must be unique across the pack",
                syntax + ":6:3: /title: JSON syntax error: Unexpected character ('\"' (code 34)): was expecting comma "
                        + "to separate Object entries",
                good + ": valid (small 1.0, 2 sections, 3 items)",
                folder.resolve("missing.json") + ":1:1: /: no such file");
        assertThat(Files.exists(folder.resolve("w.mv.db"))).as("validating never creates a workbook").isFalse();
    }

    @Test
    void practices_and_rounds_are_added_and_listed() {
        assertThat(onWorkbook("practices", "add", "Riverside Surgery", "--ods", "a81001", "--model", "super-partnership",
                "--pcn", "Riverside PCN").out()).isEqualTo("Added practice Riverside Surgery (A81001), Super-partnership\n");
        assertThat(onWorkbook("rounds", "add", "--practice", "riverside surgery", "--label", "Baseline March 2027",
                "--date", "2027-03-14", "--list-size", "9800", "--management-wte", "2.5").exit()).isZero();

        var practices = onWorkbook("practices", "list");
        assertThat(practices.out().lines()).containsExactly(
                "NAME               ODS     MODEL              ROUNDS  PCN            FEDERATION",
                "Riverside Surgery  A81001  super-partnership  1       Riverside PCN  -");
        assertThat(onWorkbook("rounds", "list", "--practice", "Riverside Surgery").out().lines()).containsExactly(
                "DATE        LABEL                LIST SIZE  MANAGEMENT WTE  GP PARTNERS  SALARIED GPS  DECILE",
                "2027-03-14  Baseline March 2027  9800       2.50            -            -             -");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            an unknown model     | 1 | practices add 'Hill Surgery' --model cooperative   | unknown organisational model "cooperative"; use one of: single-handed, partnership, super-partnership, at-scale-provider, trust-run, apms-provider
            a bad ODS code       | 1 | practices add 'Hill Surgery' --ods A8-1           | the ODS code "A8-1" should be 3 to 10 letters and digits, for example A81001
            an empty name        | 1 | practices add '  '                                | the practice name is empty
            a duplicate practice | 1 | practices add 'riverside SURGERY'                 | there is already a practice called "Riverside Surgery" in this workbook
            an unknown practice  | 1 | rounds add --practice Nowhere --label B --date 2027-01-01 | there is no practice called "Nowhere" in
            an impossible date   | 2 | rounds add --practice Riverside --label B --date 2027-02-30 | Invalid value for option '--date': '2027-02-30' is not a date in the form YYYY-MM-DD (see --help)
            a missing label      | 2 | rounds add --practice Riverside --date 2027-01-01  | Missing required option: '--label=LABEL' (see --help)
            a decile of 11       | 1 | rounds add --practice 'Riverside Surgery' --label B --date 2027-01-01 --deprivation-decile 11 | deprivation decile must be between 1 and 10, not 11
            a repeated label     | 1 | rounds add --practice 'Riverside Surgery' --label baseline --date 2027-01-01 | this practice already has a round called "Baseline"
            an unknown command   | 2 | practises list                                    | unknown command or option 'practises'; did you mean practices or packs? (see --help)
            """)
    void bad_input_gets_one_clear_line_a_non_zero_exit_and_changes_nothing(String what, int exit, String command,
                                                                          String message) throws IOException {
        onWorkbook("practices", "add", "Riverside Surgery");
        onWorkbook("rounds", "add", "--practice", "Riverside Surgery", "--label", "Baseline", "--date", "2027-03-14");
        String listed = onWorkbook("practices", "list").out() + onWorkbook("rounds", "list", "--practice", "Riverside Surgery").out();

        var result = onWorkbook(split(command));

        assertThat(result.exit()).isEqualTo(exit);
        assertThat(result.errLines()).singleElement().asString().startsWith("practice-workbook: ").contains(message);
        assertThat(result.out()).isEmpty();
        assertThat(onWorkbook("practices", "list").out() + onWorkbook("rounds", "list", "--practice", "Riverside Surgery").out())
                .isEqualTo(listed);
    }

    @Test
    void a_command_needing_data_on_a_missing_workbook_creates_nothing() {
        var result = onWorkbook("rounds", "list", "--practice", "Riverside");

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).isEqualTo("practice-workbook: there is no workbook at " + folder.resolve("w.mv.db") + "\n");
        assertThat(folder.resolve("w.mv.db")).doesNotExist();
    }

    @Test
    void a_pack_is_imported_once_and_a_changed_copy_of_the_same_version_is_refused() throws IOException {
        Path pack = copyOfResource("/packs/small.json", "small.json");

        assertThat(onWorkbook("packs", "import", pack.toString()).out())
                .isEqualTo("Imported pack small 1.0: A small pack for tests (3 items)\n");
        assertThat(onWorkbook("packs", "import", pack.toString()).out())
                .isEqualTo("Pack small 1.0 is already in the workbook; nothing changed\n");
        Files.writeString(pack, Files.readString(pack).replace("Block two hours", "Block four hours"));
        var changed = onWorkbook("packs", "import", pack.toString());

        assertThat(changed.exit()).isEqualTo(1);
        assertThat(changed.err()).contains("already holds pack \"small\" version 1.0 with different content");
        assertThat(onWorkbook("packs", "list").out().lines())
                .anySatisfy(line -> assertThat(line).matches("small +1\\.0 +3 +A small pack for tests"));
    }

    @Test
    void importing_an_invalid_pack_prints_its_problems_and_changes_nothing() throws IOException {
        Path broken = copyOfResource("/packs/duplicate-id-and-missing-why.json", "broken.json");

        var result = onWorkbook("packs", "import", broken.toString());

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.errLines()).hasSize(2);
        assertThat(folder.resolve("w.mv.db")).doesNotExist();
    }

    @Test
    void demo_fills_a_new_workbook_and_says_what_it_made() {
        var result = onWorkbook("demo");

        assertThat(result.exit()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).matches(java.util.regex.Pattern.quote("Made the demo workbook at "
                + folder.resolve("w.mv.db") + ": Riverside Surgery, 2 rounds, 12 respondents, ") + "\\d+ answers, "
                + "\\d+ actions\n");
        assertThat(onWorkbook("rounds", "list", "--practice", "Riverside Surgery").out().lines())
                .hasSize(3).anySatisfy(line -> assertThat(line).startsWith("2027-03-10  Baseline March 2027"));
    }

    @Test
    void demo_on_a_workbook_that_already_holds_practices_is_refused_and_changes_nothing() {
        onWorkbook("demo");
        String listed = onWorkbook("practices", "list").out()
                + onWorkbook("rounds", "list", "--practice", "Riverside Surgery").out();

        var again = onWorkbook("demo");

        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.out()).isEmpty();
        assertThat(again.errLines()).containsExactly("practice-workbook: the workbook at " + folder.resolve("w.mv.db")
                + " already holds practices; the demo goes in an empty or new workbook, for example "
                + "--workbook demo.mv.db");
        assertThat(onWorkbook("practices", "list").out()
                + onWorkbook("rounds", "list", "--practice", "Riverside Surgery").out()).isEqualTo(listed);
    }

    Run on(String workbook, String... args) {
        var all = new ArrayList<>(List.of("--workbook", folder.resolve(workbook).toString()));
        all.addAll(List.of(args));
        return run(all.toArray(String[]::new));
    }

    /** Riverside Surgery with two rounds, and Hillside with none, in the workbook "w". */
    void twoPractices() {
        onWorkbook("practices", "add", "Riverside Surgery", "--ods", "A81001");
        onWorkbook("rounds", "add", "--practice", "Riverside Surgery", "--label", "Baseline", "--date", "2027-03-14",
                "--list-size", "9800", "--management-wte", "2.5");
        onWorkbook("rounds", "add", "--practice", "Riverside Surgery", "--label", "Review", "--date", "2027-09-14");
        onWorkbook("practices", "add", "Hillside", "--model", "single-handed");
    }

    @Test
    void a_workbook_is_exported_and_imported_into_another_workbook_once_then_skipped_or_replaced() {
        twoPractices();
        Path file = folder.resolve("practices.pwb");

        var exported = onWorkbook("export", "--out", file.toString());

        assertThat(exported.exit()).isZero();
        assertThat(exported.out()).isEqualTo("Exported 2 practices, 2 rounds, 0 answers to " + file + "\n");
        var imported = on("other", "import", file.toString());
        assertThat(imported.exit()).isZero();
        assertThat(imported.out().lines()).containsExactly("added Hillside (0 rounds)", "added Riverside Surgery (2 rounds)");
        assertThat(on("other", "practices", "list").out()).isEqualTo(onWorkbook("practices", "list").out());
        assertThat(on("other", "rounds", "list", "--practice", "Riverside Surgery").out())
                .isEqualTo(onWorkbook("rounds", "list", "--practice", "Riverside Surgery").out());

        assertThat(on("other", "import", file.toString()).out().lines()).containsExactly(
                "skipped Hillside: already in the workbook (use --replace to replace it)",
                "skipped Riverside Surgery: already in the workbook (use --replace to replace it)");
        assertThat(on("other", "import", file.toString(), "--replace").out().lines())
                .containsExactly("replaced Hillside (0 rounds)", "replaced Riverside Surgery (2 rounds)");
        assertThat(on("other", "practices", "list").out()).isEqualTo(onWorkbook("practices", "list").out());
    }

    @Test
    void export_refuses_to_overwrite_a_file_without_force() throws IOException {
        twoPractices();
        Path file = folder.resolve("practices.pwb");
        Files.writeString(file, "someone else's file");

        var refused = onWorkbook("export", "--out", file.toString());

        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.errLines()).containsExactly("practice-workbook: " + file
                + " already exists; use --force to replace it");
        assertThat(Files.readString(file)).isEqualTo("someone else's file");
        assertThat(onWorkbook("export", "--out", file.toString(), "--force").exit()).isZero();
        assertThat(Files.readString(file)).startsWith("{\n  \"formatVersion\" : 1,");
        assertThat(on("missing", "export", "--out", folder.resolve("x.pwb").toString()).err())
                .contains("there is no workbook at");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            malformed JSON    | {"formatVersion" : 1,                                  | :1:22: /formatVersion: JSON syntax error: Unexpected end-of-input
            a newer format    | {"formatVersion" : 2, "exportedAt" : "2027-10-01T12:00:00Z", "packs" : [], "practices" : []} | :1:20: /formatVersion: made by a newer version of Practice Workbook (format 2; this version reads up to 1)
            several problems  | {"formatVersion" : 1, "exportedAt" : "yesterday", "packs" : {}, "practices" : []} | /exportedAt: "yesterday" is not a time in the form 2027-03-14T09:30:00Z (RFC 3339, with an offset) (and 1 more)
            """)
    void a_bad_workbook_file_exits_one_with_one_line_and_changes_nothing(String what, String content, String message)
            throws IOException {
        twoPractices();
        String listed = onWorkbook("practices", "list").out();
        Path file = folder.resolve("bad.pwb");
        Files.writeString(file, content);

        var result = onWorkbook("import", file.toString());
        var intoNew = on("new", "import", file.toString());

        for (Run r : List.of(result, intoNew)) {
            assertThat(r.exit()).isEqualTo(1);
            assertThat(r.errLines()).singleElement().asString().startsWith("practice-workbook: " + file).contains(message);
            assertThat(r.out()).isEmpty();
        }
        assertThat(onWorkbook("practices", "list").out()).isEqualTo(listed);
        assertThat(folder.resolve("new.mv.db")).as("a refused file creates no workbook").doesNotExist();
    }

    @Test
    void a_file_refused_by_the_workbook_it_is_imported_into_exits_one_naming_the_practice() {
        twoPractices();
        Path file = folder.resolve("practices.pwb");
        onWorkbook("export", "--out", file.toString());
        on("other", "practices", "add", "Riverside  surgery");

        var result = on("other", "import", file.toString());

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.errLines()).containsExactly("practice-workbook: " + file + ": /practices/1/name: the file's "
                + "practice \"Riverside Surgery\" has the name of the workbook's practice \"Riverside surgery\", which "
                + "is a different practice (another id); rename one of them, then import again; nothing was imported");
        assertThat(on("other", "practices", "list").out().lines()).hasSize(2);
    }

    /** Splits a command written with single quotes around arguments that hold spaces. */
    static String[] split(String command) {
        var parts = new ArrayList<String>();
        var matcher = java.util.regex.Pattern.compile("'([^']*)'|(\\S+)").matcher(command);
        while (matcher.find()) {
            parts.add(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
        }
        return parts.toArray(String[]::new);
    }
}
