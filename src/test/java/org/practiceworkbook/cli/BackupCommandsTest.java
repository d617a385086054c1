package org.practiceworkbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practiceworkbook.store.BackupReason;
import org.practiceworkbook.store.Backups;
import org.practiceworkbook.store.WorkbookLocation;

/** backup --out FILE and restore FILE: a copy to keep elsewhere, and putting one back. */
class BackupCommandsTest {

    @TempDir
    Path folder;

    private static CommandRun run(Path workbook, String... args) {
        return CommandRun.on(workbook, args);
    }

    private String practices(Path workbook) {
        return run(workbook, "practices", "list").out();
    }

    @Test
    void a_backup_written_to_a_file_is_restored_and_the_state_before_is_kept() {
        Path workbook = folder.resolve("riverside");
        Path file = folder.resolve("riverside backup.zip");
        assertThat(run(workbook, "practices", "add", "Riverside Surgery").exit()).isZero();

        CommandRun backup = run(workbook, "backup", "--out", file.toString());
        assertThat(backup.exit()).isZero();
        assertThat(backup.out()).isEqualTo("Backed up " + WorkbookLocation.file(workbook) + " to " + file + "\n");
        assertThat(run(workbook, "practices", "add", "Hillside Medical Centre").exit()).isZero();
        assertThat(practices(workbook)).contains("Hillside Medical Centre");

        CommandRun restore = run(workbook, "restore", file.toString());

        assertThat(restore.err()).isEmpty();
        assertThat(restore.exit()).isZero();
        assertThat(practices(workbook)).contains("Riverside Surgery").doesNotContain("Hillside Medical Centre");
        var before = Backups.standard().list(workbook).stream().filter(b -> b.reason() == BackupReason.BEFORE_RESTORE)
                .toList();
        assertThat(before).hasSize(1);
        assertThat(restore.out()).contains("Restored " + WorkbookLocation.file(workbook) + " from " + file,
                "The workbook as it was just before is kept in " + before.getFirst().path());

        CommandRun undo = run(workbook, "restore", before.getFirst().path().toString());
        assertThat(undo.exit()).isZero();
        assertThat(practices(workbook)).contains("Hillside Medical Centre");
    }

    @Test
    void the_days_first_command_on_a_workbook_backs_it_up_once() {
        Path workbook = folder.resolve("riverside");
        run(workbook, "practices", "add", "Riverside Surgery");
        run(workbook, "practices", "list");
        run(workbook, "practices", "list");

        assertThat(Backups.standard().list(workbook)).singleElement()
                .extracting(b -> b.reason()).isEqualTo(BackupReason.ON_OPENING);
    }

    @Test
    void a_missing_file_or_one_that_is_not_a_backup_is_refused_by_name_and_changes_nothing() throws Exception {
        Path workbook = folder.resolve("riverside");
        run(workbook, "practices", "add", "Riverside Surgery");
        Path missing = folder.resolve("nowhere.zip");
        Path notes = Files.writeString(folder.resolve("notes.zip"), "meeting notes, not a backup");

        CommandRun gone = run(workbook, "restore", missing.toString());
        assertThat(gone.exit()).isEqualTo(1);
        assertThat(gone.err()).isEqualTo("practice-workbook: there is no backup at " + missing
                + "; nothing was changed\n");
        CommandRun wrong = run(workbook, "restore", notes.toString());
        assertThat(wrong.exit()).isEqualTo(1);
        assertThat(wrong.err()).isEqualTo("practice-workbook: " + notes
                + " is not a Practice Workbook backup, or it is damaged; nothing was changed\n");

        assertThat(practices(workbook)).contains("Riverside Surgery");
        CommandRun noWorkbook = run(folder.resolve("none"), "restore", notes.toString());
        assertThat(noWorkbook.err()).isEqualTo("practice-workbook: there is no workbook at "
                + WorkbookLocation.file(folder.resolve("none")) + "\n");
        assertThat(WorkbookLocation.file(folder.resolve("none"))).doesNotExist();
    }

    @Test
    void a_backup_never_replaces_a_file_or_writes_into_a_missing_folder() throws Exception {
        Path workbook = folder.resolve("riverside");
        run(workbook, "practices", "add", "Riverside Surgery");
        Path taken = Files.writeString(folder.resolve("taken.zip"), "keep me");
        Path nowhere = folder.resolve("no such folder/backup.zip");

        CommandRun replace = run(workbook, "backup", "--out", taken.toString());
        CommandRun missing = run(workbook, "backup", "--out", nowhere.toString());

        assertThat(replace.exit()).isEqualTo(1);
        assertThat(replace.err()).isEqualTo("practice-workbook: " + taken + " already exists, and a backup never "
                + "replaces a file; choose another name\n");
        assertThat(taken).hasContent("keep me");
        assertThat(missing.err()).isEqualTo("practice-workbook: cannot write " + nowhere + ": the folder "
                + nowhere.getParent() + " does not exist\n");
    }
}
