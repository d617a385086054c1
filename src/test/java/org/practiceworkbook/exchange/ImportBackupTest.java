package org.practiceworkbook.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practiceworkbook.demo.DemoWorkbook;
import org.practiceworkbook.pack.PackReader;
import org.practiceworkbook.store.BackupReason;
import org.practiceworkbook.store.BackupRestore;
import org.practiceworkbook.store.Backups;
import org.practiceworkbook.store.StoreException;
import org.practiceworkbook.store.Workbook;

/** Every import starts with a backup, so whatever it brought in can be undone; without one it is not made. */
class ImportBackupTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T21:40:00Z"), ZoneId.of("Europe/London"));

    @TempDir
    Path folder;

    private final PackReader reader = new PackReader();
    private final WorkbookFiles files = new WorkbookFiles(reader);

    private byte[] demoWorkbookFile() {
        try (Workbook demo = Workbook.open(folder.resolve("demo"), reader, new Backups(folder.resolve("other"), CLOCK))) {
            DemoWorkbook.fill(demo);
            return files.write(new WorkbookExport(demo, CLOCK, files).export());
        }
    }

    @Test
    void a_workbook_import_is_backed_up_first_and_the_backup_takes_the_workbook_back_to_before_it() throws Exception {
        byte[] file = demoWorkbookFile();
        var backups = new Backups(folder.resolve("backups"), CLOCK);
        Path target;
        try (Workbook workbook = Workbook.open(folder.resolve("mine"), reader, backups)) {
            target = workbook.file();
            var importer = new WorkbookImport(workbook, files);
            importer.importFile(importer.read("riverside.pwb", file), false);
            importer.importFile(importer.read("riverside.pwb", file), true);
            assertThat(workbook.practices().list()).hasSize(1);
        }

        var made = backups.list(target);
        assertThat(made).as("one backup for the importer's work").singleElement()
                .extracting(b -> b.reason()).isEqualTo(BackupReason.BEFORE_IMPORT);
        BackupRestore.restore(target, made.getFirst().path(), Optional.empty());
        try (Workbook workbook = Workbook.open(target, reader, backups)) {
            assertThat(workbook.practices().list()).as("as it was before the import").isEmpty();
        }
    }

    @Test
    void a_response_import_is_backed_up_first_once_for_a_batch() throws Exception {
        var backups = new Backups(folder.resolve("backups"), CLOCK);
        var responses = new ResponseFiles();
        ResponseFile carried;
        try (Workbook demo = Workbook.open(folder.resolve("demo"), reader, new Backups(folder.resolve("other"), CLOCK))) {
            DemoWorkbook.fill(demo);
            var practice = demo.practices().list().getFirst();
            var round = demo.rounds().list(practice.id()).getFirst();
            var person = demo.respondents().list(round.id()).getFirst();
            carried = responses.read("p.pwr", responses.write(new ResponseExport(demo, CLOCK).export(person, "capacity")));
        }
        Path target;
        try (Workbook workbook = Workbook.open(folder.resolve("mine"), reader, backups)) {
            target = workbook.file();
            var importer = new ResponseImport(workbook);
            importer.importFile(carried, ResponseImport.CREATE_MISSING);
            importer.importFile(carried, ResponseImport.CREATE_MISSING);
            assertThat(workbook.practices().list()).hasSize(1);
        }
        assertThat(backups.list(target)).singleElement().extracting(b -> b.reason())
                .isEqualTo(BackupReason.BEFORE_IMPORT);
    }

    @Test
    void when_no_backup_can_be_written_nothing_is_imported_and_the_message_says_why() throws Exception {
        byte[] file = demoWorkbookFile();
        Path notAFolder = Files.writeString(folder.resolve("backups"), "a file where the backups folder should be");
        try (Workbook workbook = Workbook.open(folder.resolve("mine"), reader, new Backups(notAFolder, CLOCK))) {
            var importer = new WorkbookImport(workbook, files);
            var read = importer.read("riverside.pwb", file);

            assertThatThrownBy(() -> importer.importFile(read, false)).isInstanceOf(StoreException.class)
                    .hasMessageStartingWith("no backup of the workbook " + workbook.file() + " could be written to "
                            + notAFolder.resolve("mine (")).hasMessageEndingWith("; nothing was imported, as every "
                            + "import is backed up first");
            assertThat(workbook.practices().list()).isEmpty();
        }
    }
}
