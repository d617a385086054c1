package org.practiceworkbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practiceworkbook.report.ReportCharts;
import org.practiceworkbook.store.Disk;
import org.practiceworkbook.store.DiskTrouble;
import org.practiceworkbook.store.FailingDisk;

/** On the command line, a disk that will not take a change ends the command with a clear line and a non-zero exit. */
class DiskTroubleCommandTest {

    @TempDir
    Path folder;

    record Run(int exit, String out, String err) {
    }

    @AfterEach
    void diskBack() {
        FailingDisk.stopFailing(folder);
    }

    Run run(Disk disk, String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        var all = new java.util.ArrayList<>(java.util.List.of("--workbook", folder.resolve("w").toString()));
        all.addAll(java.util.List.of(args));
        int exit = CommandLineRunner.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err),
                request -> 0, (workbook, practice, round, pack, into) -> java.util.List.of(), ReportCharts.NONE, disk);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void a_change_the_disk_refuses_exits_non_zero_saying_it_was_not_saved_and_what_was_saved_stays() {
        assertThat(run(FailingDisk.disk(), "practices", "add", "Hillside Surgery").exit()).isZero();

        FailingDisk.startFailing(folder);
        var refused = run(FailingDisk.disk(), "practices", "add", "Riverside Surgery");
        FailingDisk.stopFailing(folder);

        assertThat(refused.exit()).isEqualTo(CommandLineRunner.INPUT_ERROR);
        assertThat(refused.err()).startsWith("practice-workbook: ").doesNotContain("org.h2", "General error", "\tat ");
        assertThat(refused.err()).contains(DiskTrouble.WRITE_FAILED);
        assertThat(refused.out()).doesNotContain("Added practice");
        var list = run(Disk.LOCAL, "practices", "list");
        assertThat(list.out()).contains("Hillside Surgery").doesNotContain("Riverside Surgery");
    }

    @Test
    void a_read_only_workbook_lists_what_it_holds_and_refuses_a_change_with_the_read_only_words() {
        assertThat(run(Disk.LOCAL, "practices", "add", "Hillside Surgery").exit()).isZero();
        Disk readOnly = Disk.LOCAL.withWritable(file -> false);

        var list = run(readOnly, "practices", "list");
        var refused = run(readOnly, "practices", "add", "Riverside Surgery");

        assertThat(list.exit()).isZero();
        assertThat(list.out()).contains("Hillside Surgery");
        assertThat(refused.exit()).isEqualTo(CommandLineRunner.INPUT_ERROR);
        assertThat(refused.err().strip()).isEqualTo("practice-workbook: " + DiskTrouble.READ_ONLY);
        assertThat(run(Disk.LOCAL, "practices", "list").out()).doesNotContain("Riverside Surgery");
    }

    @Test
    void a_read_only_workbook_is_never_replaced_by_a_restore() throws Exception {
        assertThat(run(Disk.LOCAL, "practices", "add", "Hillside Surgery").exit()).isZero();
        Path backup = folder.resolve("before.zip");
        assertThat(run(Disk.LOCAL, "backup", "--out", backup.toString()).exit()).isZero();
        assertThat(run(Disk.LOCAL, "practices", "add", "Riverside Surgery").exit()).isZero();
        byte[] before = java.nio.file.Files.readAllBytes(folder.resolve("w.mv.db"));

        var refused = run(Disk.LOCAL.withWritable(file -> false), "restore", backup.toString());

        assertThat(refused.exit()).isEqualTo(CommandLineRunner.INPUT_ERROR);
        assertThat(refused.err()).contains(DiskTrouble.READ_ONLY).contains("nothing was changed");
        assertThat(java.nio.file.Files.readAllBytes(folder.resolve("w.mv.db"))).isEqualTo(before);
        assertThat(run(Disk.LOCAL, "practices", "list").out()).contains("Hillside Surgery", "Riverside Surgery");
    }
}
