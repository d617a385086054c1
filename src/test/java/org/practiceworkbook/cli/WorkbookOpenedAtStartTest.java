package org.practiceworkbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practiceworkbook.ui.settings.Settings;
import org.practiceworkbook.ui.settings.SettingsFile;

/**
 * A command without --workbook works on the workbook the person's window opens at start (File > Settings…), never
 * quietly on another one. The settings are written as the window writes them, in a data folder of the test's own.
 */
class WorkbookOpenedAtStartTest {

    @TempDir
    Path folder;

    private Path data() {
        return folder.resolve("data");
    }

    private Path standard() {
        return data().resolve("workbook.mv.db");
    }

    private final List<WindowRequest> windows = new ArrayList<>();

    /** The command line as a person types it, with no --workbook unless they give one. */
    private CommandRun run(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        int exit = CommandLineRunner.run(args, new PrintWriter(out), new PrintWriter(err), request -> {
            windows.add(request);
            return 0;
        }, this::data);
        return new CommandRun(exit, out.toString(), err.toString());
    }

    private void chooseAtStart(Path workbook) {
        new SettingsFile(data()).save(Settings.DEFAULTS.withDefaultWorkbook(workbook));
    }

    private Path ownWorkbookWith(String practice) {
        Path own = folder.resolve("Riverside own.mv.db");
        assertThat(CommandRun.on(own, "practices", "add", practice).exit()).isZero();
        return own;
    }

    @Test
    void a_command_works_on_the_workbook_the_window_opens_at_start() {
        Path own = ownWorkbookWith("Riverside Surgery");
        chooseAtStart(own);

        var listed = run("practices", "list");
        var added = run("practices", "add", "Hill Surgery");

        assertThat(listed.exit()).isZero();
        assertThat(listed.out()).contains("Riverside Surgery");
        assertThat(added.exit()).isZero();
        assertThat(added.err()).isEmpty();
        assertThat(CommandRun.on(own, "practices", "list").out()).contains("Riverside Surgery", "Hill Surgery");
        assertThat(standard()).doesNotExist();
    }

    @Test
    void with_no_workbook_chosen_a_command_works_on_the_standard_workbook() {
        assertThat(run("practices", "add", "Hill Surgery").exit()).isZero();
        assertThat(standard()).exists();

        // Settings saved without a choice of workbook (a theme picked, say) change nothing.
        new SettingsFile(data()).save(Settings.DEFAULTS);
        var listed = run("practices", "list");
        assertThat(listed.out()).contains("Hill Surgery");
        assertThat(listed.err()).isEmpty();
    }

    @Test
    void a_workbook_chosen_at_start_that_has_gone_stops_every_command_and_creates_nothing() {
        Path gone = folder.resolve("moved away.mv.db");
        chooseAtStart(gone);

        for (String[] command : List.of(new String[] {"practices", "add", "Hill Surgery"},
                new String[] {"demo"},
                new String[] {"respondents", "delete", "--practice", "Riverside", "--round", "Baseline",
                        "--respondent", "1", "--yes"})) {
            var refused = run(command);

            assertThat(refused.exit()).as(String.join(" ", command)).isEqualTo(CommandLineRunner.INPUT_ERROR);
            assertThat(refused.out()).isEmpty();
            assertThat(refused.err()).isEqualTo("practice-workbook: the workbook set to open at start, " + gone
                    + ", is not there, so nothing was done; name the workbook to use with --workbook PATH, or choose "
                    + "another in the window's File > Settings…\n");
        }
        assertThat(gone).doesNotExist();
        assertThat(standard()).doesNotExist();
    }

    @Test
    void a_workbook_given_with_the_option_always_wins() {
        Path own = ownWorkbookWith("Riverside Surgery");
        Path other = folder.resolve("training.mv.db");
        chooseAtStart(own);

        assertThat(run("--workbook", other.toString(), "practices", "add", "Hill Surgery").exit()).isZero();
        assertThat(CommandRun.on(own, "practices", "list").out()).doesNotContain("Hill Surgery");

        chooseAtStart(folder.resolve("gone.mv.db"));
        var listed = run("--workbook", other.toString(), "practices", "list");
        assertThat(listed.exit()).isZero();
        assertThat(listed.out()).contains("Hill Surgery");
        assertThat(listed.err()).isEmpty();
    }

    @Test
    void settings_that_cannot_be_read_stop_a_command_which_says_why_and_creates_nothing() throws IOException {
        Files.createDirectories(data());
        Path settings = Files.write(data().resolve("settings.properties"),
                new byte[] {'d', 'e', 'f', 'a', 'u', 'l', 't', '-', 'w', '=', (byte) 0xff, (byte) 0xfe});

        var damaged = run("practices", "add", "Hill Surgery");

        assertThat(damaged.exit()).isEqualTo(CommandLineRunner.INPUT_ERROR);
        assertThat(damaged.err()).startsWith("practice-workbook: the settings in " + settings + " cannot be read (")
                .endsWith("so which workbook to use is not known and nothing was done; name the workbook to use with "
                        + "--workbook PATH, or choose the workbook opened at start again in the window's File > "
                        + "Settings…\n");
        assertThat(standard()).doesNotExist();
        assertThat(new SettingsFile(data()).load().defaultWorkbook()).as("the window's choice").isNull();

        Files.writeString(settings, "default-workbook=workbooks/riverside.mv.db\n");
        var relative = run("practices", "list");
        assertThat(relative.exit()).isEqualTo(CommandLineRunner.INPUT_ERROR);
        assertThat(relative.err()).startsWith("practice-workbook: the setting default-workbook=workbooks/riverside.mv.db"
                + " in " + settings + " is not a full path, so which workbook to use is not known");
        assertThat(standard()).doesNotExist();
        assertThat(run("--workbook", standard().toString(), "practices", "add", "Hill Surgery").exit()).isZero();
    }

    @Test
    void help_says_what_the_workbook_is_when_none_is_given() {
        var help = run("--help");

        assertThat(help.out()).doesNotContain("${DEFAULT-VALUE}");
        assertThat(help.out().replaceAll("\\s+", " ")).contains("Default: the workbook the window opens at start, "
                + "chosen in its File > Settings… (a command stops if that one is no longer there or the settings "
                + "cannot be read), else the standard workbook, workbook.mv.db in the data folder");
    }

    @Test
    void the_window_is_left_to_choose_for_itself_as_it_reads_the_settings_anyway() throws IOException {
        chooseAtStart(folder.resolve("gone.mv.db"));
        Path responses = Files.writeString(folder.resolve("Dr Patel.pwr"), "{}");

        assertThat(run(responses.toString()).exit()).isZero();

        assertThat(windows).singleElement().satisfies(request -> {
            assertThat(request.workbookGiven()).isFalse();
            assertThat(request.workbook()).isEqualTo(standard());
        });
    }
}
