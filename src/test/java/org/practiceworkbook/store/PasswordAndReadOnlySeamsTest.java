package org.practiceworkbook.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practiceworkbook.assessment.OrganisationalModel;
import org.practiceworkbook.pack.PackReader;

/** Where a password meets a read-only file, a changed password or a doctored file: each ends in plain words. */
class PasswordAndReadOnlySeamsTest {

    private static final Optional<String> FIRST = Optional.of("first password, whole");
    private static final Optional<String> SECOND = Optional.of("second password, whole");

    @TempDir
    Path folder;

    private Backups backups() {
        return new Backups(folder.resolve("backups"), Clock.systemDefaultZone());
    }

    private Path encrypted() {
        Path file = folder.resolve("secret.mv.db");
        try (Workbook workbook = Workbook.open(file, new PackReader(), Disk.LOCAL, backups(), FIRST)) {
            workbook.practices().add("Riverside Surgery", null, OrganisationalModel.PARTNERSHIP, null, null);
        }
        return file;
    }

    @Test
    void a_read_only_workbook_with_a_password_opens_and_its_backups_are_skipped_or_refused_in_words() throws Exception {
        Path file = encrypted();
        byte[] before = Files.readAllBytes(file);
        Disk readOnly = Disk.LOCAL.withWritable(f -> false);

        try (Workbook workbook = Workbook.open(file, new PackReader(), readOnly, backups(), FIRST)) {
            assertThat(workbook.readOnly()).isTrue();
            assertThat(workbook.backUpOnOpening()).isEmpty();
            assertThatThrownBy(() -> workbook.backUpTo(folder.resolve("copy.encrypted")))
                    .isInstanceOf(StoreException.class)
                    .hasMessage("a read-only workbook with a password cannot be backed up here; copy its file "
                            + file + " instead, which is encrypted");
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(backups().list(file)).isEmpty();
    }

    @Test
    void after_a_password_is_changed_there_is_a_backup_that_restores_with_the_new_one() {
        Path file = encrypted();
        try (Workbook workbook = Workbook.open(file, new PackReader(), Disk.LOCAL, backups(), FIRST)) {
            workbook.backUpOnOpening();   // today's, under the first password's key
        }

        String key;
        try (Workbook workbook = WorkbookPassword.changeAndOpen(file, FIRST, SECOND, new PackReader(), backups())) {
            key = workbook.fileKey().orElseThrow();
            workbook.practices().add("Added after the change", null, OrganisationalModel.PARTNERSHIP, null, null);
        }

        BackupRestore.restore(file, backups().list(file).getFirst().path(), Optional.of(key));
        try (Workbook workbook = Workbook.open(file, new PackReader(), Disk.LOCAL, backups(), SECOND)) {
            assertThat(workbook.practices().list()).extracting(p -> p.name()).containsExactly("Riverside Surgery");
        }
    }

    @Test
    void a_doctored_key_block_is_refused_in_words_rather_than_crashing_or_running_for_hours() throws Exception {
        Path file = encrypted();
        // The iteration count sits after the program's mark in the first block: 0 fails inside the JDK, and
        // Integer.MAX_VALUE would take hours.
        for (int iterations : new int[] {0, -1, Integer.MAX_VALUE}) {
            byte[] block = Files.readAllBytes(file);
            int at = indexOf(block, "PracticeWorkbook-PBKDF2-SHA256\n".getBytes()) + 31;
            try (var channel = Files.newByteChannel(file, StandardOpenOption.WRITE)) {
                channel.position(at).write(ByteBuffer.allocate(4).putInt(0, iterations));
            }
            assertThatThrownBy(() -> Workbook.open(file, new PackReader(), Disk.LOCAL, backups(), FIRST))
                    .as("iterations %d", iterations).isInstanceOf(WorkbookOpenException.class)
                    .hasMessage(file + " is encrypted, but not by Practice Workbook: its key cannot be made from a "
                            + "password");
        }
    }

    private static int indexOf(byte[] bytes, byte[] wanted) {
        outer:
        for (int i = 0; i + wanted.length <= bytes.length; i++) {
            for (int j = 0; j < wanted.length; j++) {
                if (bytes[i + j] != wanted[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("the program's mark is not in the file");
    }
}
