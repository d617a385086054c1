package org.practiceworkbook.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practiceworkbook.assessment.InvalidInputException;
import org.practiceworkbook.demo.DemoWorkbook;
import org.practiceworkbook.pack.PackReader;
import org.practiceworkbook.store.Workbook;

/** An import's end is a resting point: what it brought in is synced to the disk, so a power cut cannot take it. */
class ImportSyncTest {

    private static final Clock FIXED = Clock.fixed(Instant.parse("2027-06-01T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    @Test
    void each_import_syncs_the_workbook_to_disk_once_it_is_committed_and_a_refused_one_has_nothing_to_sync()
            throws Exception {
        Path pwb = folder.resolve("riverside.pwb");
        ResponseFile response;
        try (Workbook demo = Workbook.open(folder.resolve("demo"), new PackReader())) {
            DemoWorkbook.fill(demo);
            new WorkbookExport(demo, FIXED, new WorkbookFiles(new PackReader())).exportTo(pwb, false);
            var person = demo.respondents().list(demo.rounds().list(demo.practices().list().getFirst().id())
                    .getFirst().id()).getFirst();
            response = new ResponseExport(demo, FIXED).export(person, "capacity");
        }

        try (Workbook workbook = Workbook.open(folder.resolve("target"), new PackReader())) {
            long before = workbook.syncCount();
            assertThatThrownBy(() -> new ResponseImport(workbook).importFile(response, ResponseImport.MATCHED))
                    .isInstanceOf(InvalidInputException.class);
            assertThat(workbook.syncCount()).as("a refused file").isEqualTo(before);

            var importer = new WorkbookImport(workbook, new WorkbookFiles(new PackReader()));
            importer.importFile(importer.read(pwb), false);
            assertThat(workbook.syncCount()).as("after a workbook file's import").isEqualTo(before + 1);

            new ResponseImport(workbook).importFile(response, ResponseImport.MATCHED);
            assertThat(workbook.syncCount()).as("after a response file's import").isEqualTo(before + 2);
        }
    }
}
