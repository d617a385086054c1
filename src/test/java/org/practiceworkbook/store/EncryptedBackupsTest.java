package org.practiceworkbook.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practiceworkbook.assessment.OrganisationalModel;
import org.practiceworkbook.pack.PackReader;

/**
 * A workbook's password covers its backups too: once set, no backup without it is left to read, the backups made
 * from then on are encrypted, and one restores into the workbook, which still opens with its password.
 */
class EncryptedBackupsTest {

    private static final String NAME = "Zoë’s Surgery at Café Corner";
    private static final Optional<String> PASSWORD = Optional.of("correct horse battery staple");

    @TempDir
    Path folder;

    @Test
    void setting_a_password_deletes_the_plain_backups_and_every_backup_after_is_encrypted_and_restores()
            throws Exception {
        var backups = new Backups(folder.resolve("backups"), Clock.systemDefaultZone());
        Path file = folder.resolve("riverside.mv.db");
        try (Workbook workbook = Workbook.open(file, new PackReader(), backups)) {
            workbook.practices().add(NAME, null, OrganisationalModel.PARTNERSHIP, null, null);
            workbook.backUp(BackupReason.BEFORE_IMPORT);
            workbook.backUpOnOpening();
        }
        assertThat(backups.list(file)).hasSize(2);

        try (Workbook workbook = WorkbookPassword.changeAndOpen(file, Optional.empty(), PASSWORD, new PackReader(),
                backups)) {
            assertThat(workbook.fileKey()).isPresent();
        }
        assertThat(backups.list(file)).as("the plain backups gone, an encrypted one made at once").singleElement()
                .satisfies(b -> assertThat(b.path().toString()).endsWith(BackupFile.ENCRYPTED));
        try (Workbook workbook = Workbook.open(file, new PackReader(), Disk.LOCAL, backups, PASSWORD)) {
            workbook.backUp(BackupReason.BEFORE_IMPORT);
        }

        var left = backups.list(file);
        assertThat(left).hasSize(2).allSatisfy(b -> assertThat(b.path().toString()).endsWith(BackupFile.ENCRYPTED));
        byte[] bytes = Files.readAllBytes(left.getFirst().path());
        assertThat(new String(bytes, StandardCharsets.UTF_8)).doesNotContain("Café").doesNotContain("Surgery");

        try (Workbook workbook = Workbook.open(file, new PackReader(), Disk.LOCAL, backups, PASSWORD)) {
            workbook.practices().add("Added after the backup", null, OrganisationalModel.PARTNERSHIP, null, null);
        }
        BackupRestore.restore(file, left.getFirst().path(), keyOf(file));
        try (Workbook workbook = Workbook.open(file, new PackReader(), Disk.LOCAL, backups, PASSWORD)) {
            assertThat(workbook.practices().list()).extracting(p -> p.name()).containsExactly(NAME);
        }
    }

    private static Optional<String> keyOf(Path file) {
        try (Workbook workbook = Workbook.open(file, new PackReader(), PASSWORD)) {
            return workbook.fileKey();
        }
    }
}
