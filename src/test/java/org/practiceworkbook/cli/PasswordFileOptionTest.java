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
import org.practiceworkbook.store.FileBytes;

class PasswordFileOptionTest {

    @TempDir
    Path folder;

    record Run(int exit, String out, String err) {
    }

    Run run(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        var all = new ArrayList<>(List.of("--workbook", folder.resolve("w").toString()));
        all.addAll(List.of(args));
        int exit = CommandLineRunner.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err),
                request -> 0);
        return new Run(exit, out.toString(), err.toString());
    }

    Path passwordFile(String name, String content) throws Exception {
        Path file = folder.resolve(name);
        Files.writeString(file, content);
        return file;
    }

    @Test
    void a_new_workbook_made_with_a_password_file_is_encrypted_and_needs_it_from_then_on() throws Exception {
        Path right = passwordFile("right.txt", "spring rota 2027\nthis second line is not part of it\n");
        Path wrong = passwordFile("wrong.txt", "spring rota\n");

        assertThat(run("--password-file", right.toString(), "practices", "add", "Quillfeather Lane Surgery").exit())
                .isZero();
        assertThat(FileBytes.readable(folder.resolve("w.mv.db"), "Quillfeather Lane Surgery")).isEmpty();

        var listed = run("--password-file", right.toString(), "practices", "list");
        assertThat(listed.exit()).isZero();
        assertThat(listed.out()).contains("Quillfeather Lane Surgery");

        var guessed = run("--password-file", wrong.toString(), "practices", "list");
        assertThat(guessed.exit()).isNotZero();
        assertThat(guessed.err()).isEqualTo("practice-workbook: wrong password" + System.lineSeparator());
        assertThat(guessed.out()).isEmpty();

        var without = run("practices", "list");
        assertThat(without.exit()).isNotZero();
        assertThat(without.err()).contains("is protected by a password", "--password-file FILE")
                .doesNotContain("Exception", "\tat ");
    }

    @Test
    void a_missing_or_empty_password_file_is_named_and_nothing_is_created() throws Exception {
        var missing = run("--password-file", folder.resolve("nowhere.txt").toString(), "practices", "add", "A");
        assertThat(missing.exit()).isNotZero();
        assertThat(missing.err()).contains("there is no file", "nowhere.txt");

        Path empty = passwordFile("empty.txt", "\nsecond line\n");
        var blank = run("--password-file", empty.toString(), "practices", "add", "A");
        assertThat(blank.exit()).isNotZero();
        assertThat(blank.err()).contains("empty.txt is empty: its first line must be the workbook's password");

        assertThat(folder.resolve("w.mv.db")).doesNotExist();
    }

    @Test
    void a_password_file_for_a_workbook_without_a_password_is_refused_rather_than_silently_ignored() throws Exception {
        assertThat(run("practices", "add", "Riverside Surgery").exit()).isZero();

        var given = run("--password-file", passwordFile("p.txt", "secret words").toString(), "practices", "list");

        assertThat(given.exit()).isNotZero();
        assertThat(given.err()).contains("has no password");
    }
}
