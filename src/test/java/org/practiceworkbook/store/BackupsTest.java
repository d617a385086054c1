package org.practiceworkbook.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practiceworkbook.assessment.InvalidInputException;
import org.practiceworkbook.assessment.OrganisationalModel;
import org.practiceworkbook.demo.DemoWorkbook;
import org.practiceworkbook.pack.PackReader;

/** Backups in the data folder, on opening and on request, and restoring one in place of the workbook. */
class BackupsTest {

    static final PackReader READER = new PackReader();
    static final ZoneId LONDON = ZoneId.of("Europe/London");

    @TempDir
    Path folder;

    final MovableClock clock = new MovableClock(Instant.parse("2026-11-23T21:40:00Z"), LONDON);

    Backups backups() {
        return new Backups(folder.resolve("data/backups"), clock);
    }

    Workbook open(String name) {
        return Workbook.open(folder.resolve(name), READER, backups());
    }

    @Test
    void a_backup_is_named_with_its_date_time_and_reason_and_described_in_plain_words() {
        try (Workbook workbook = open("riverside")) {
            BackupFile made = workbook.backUp(BackupReason.ON_OPENING);

            assertThat(made.path()).isRegularFile();
            assertThat(made.path().getFileName()).hasToString("2026-11-23 21-40 on opening.zip");
            assertThat(made.path().getParent().getParent()).isEqualTo(folder.resolve("data/backups"));
            assertThat(made.path().getParent().getFileName().toString()).startsWith("riverside (");
            assertThat(made.describe()).isEqualTo("Monday 23 November 2026, 21:40 — on opening");
            assertThat(workbook.backUp(BackupReason.BEFORE_IMPORT).path().getFileName())
                    .hasToString("2026-11-23 21-40 before an import.zip");
            assertThat(workbook.backUp(BackupReason.BEFORE_IMPORT).path().getFileName())
                    .hasToString("2026-11-23 21-40 before an import (2).zip");
            assertThat(backups().list(workbook.file())).extracting(BackupFile::describe).containsExactly(
                    "Monday 23 November 2026, 21:40 — before an import",
                    "Monday 23 November 2026, 21:40 — before an import",
                    "Monday 23 November 2026, 21:40 — on opening");
        }
    }

    @Test
    void opening_makes_a_backup_at_most_once_a_day_and_keeps_the_last_ten() {
        Path file;
        try (Workbook workbook = open("riverside")) {
            file = workbook.file();
            assertThat(workbook.backUpOnOpening()).isPresent();
            clock.advance(Duration.ofHours(1));
            assertThat(workbook.backUpOnOpening()).as("a second opening the same day").isEmpty();
            workbook.backUp(BackupReason.BEFORE_IMPORT);
        }
        for (int day = 1; day <= 11; day++) {
            clock.advance(Duration.ofDays(1));
            try (Workbook workbook = open("riverside")) {
                assertThat(workbook.backUpOnOpening()).isPresent();
            }
        }
        var kept = backups().list(file);
        assertThat(kept.stream().filter(b -> b.reason() == BackupReason.ON_OPENING)).hasSize(10)
                .first().extracting(BackupFile::madeAt).isEqualTo(LocalDateTime.of(2026, 12, 4, 22, 40));
        assertThat(kept.stream().filter(b -> b.reason() == BackupReason.ON_OPENING)).last()
                .extracting(BackupFile::madeAt).isEqualTo(LocalDateTime.of(2026, 11, 25, 22, 40));
        assertThat(kept.stream().filter(b -> b.reason() == BackupReason.BEFORE_IMPORT))
                .as("other reasons are kept apart from the daily ones").hasSize(1);
    }

    @Test
    void two_workbooks_of_the_same_name_in_different_folders_keep_their_backups_apart() throws Exception {
        Files.createDirectories(folder.resolve("a"));
        Files.createDirectories(folder.resolve("b"));
        try (Workbook a = open("a/workbook"); Workbook b = open("b/workbook")) {
            a.backUp(BackupReason.ON_OPENING);
            assertThat(backups().folderFor(a.file())).isNotEqualTo(backups().folderFor(b.file()));
            assertThat(backups().list(a.file())).hasSize(1);
            assertThat(backups().list(b.file())).isEmpty();
        }
    }

    @Test
    void a_backup_is_a_zipped_sql_script_that_any_later_h2_can_read() throws Exception {
        try (Workbook workbook = open("riverside")) {
            workbook.practices().add("Hillside Medical Centre", null, OrganisationalModel.PARTNERSHIP, null, null);
            BackupFile made = workbook.backUp(BackupReason.BEFORE_IMPORT);

            try (var zip = new java.util.zip.ZipFile(made.path().toFile())) {
                ZipEntry only = zip.stream().findFirst().orElseThrow();
                String script = new String(zip.getInputStream(only).readAllBytes(), StandardCharsets.UTF_8);
                assertThat(script).contains("CREATE CACHED TABLE").contains("INSERT INTO").contains("'Hillside Medical Centre'");
            }
        }
    }

    @Test
    void restoring_a_backup_brings_back_every_row_as_it_was() throws Exception {
        Path file;
        BackupFile made;
        try (Workbook workbook = open("riverside")) {
            file = workbook.file();
            DemoWorkbook.fill(workbook);
        }
        var before = WorkbookRows.of(file);
        try (Workbook workbook = open("riverside")) {
            made = workbook.backUp(BackupReason.BEFORE_IMPORT);
            workbook.practices().delete(workbook.practices().list().getFirst().id());
        }
        assertThat(WorkbookRows.of(file)).isNotEqualTo(before);

        BackupRestore.restore(file, made.path(), Optional.empty());

        assertThat(WorkbookRows.of(file)).isEqualTo(before);
        assertThat(folder).isDirectoryNotContaining("glob:**restoring*");
        try (Workbook workbook = open("riverside")) {
            assertThat(workbook.practices().list()).extracting(p -> p.name()).contains(DemoWorkbook.PRACTICE_NAME);
        }
    }

    @Test
    void a_backup_written_to_a_chosen_file_restores_too() throws Exception {
        Path file;
        Path chosen = folder.resolve("for the office.zip");
        try (Workbook workbook = open("riverside")) {
            file = workbook.file();
            workbook.practices().add("Hillside Medical Centre", null, OrganisationalModel.PARTNERSHIP, null, null);
            workbook.backUpTo(chosen);
            workbook.practices().add("Another", null, OrganisationalModel.PARTNERSHIP, null, null);
        }
        BackupRestore.restore(file, chosen, Optional.empty());
        try (Workbook workbook = open("riverside")) {
            assertThat(workbook.practices().list()).extracting(p -> p.name()).containsExactly("Hillside Medical Centre");
        }
        assertThat(folder).isDirectoryNotContaining("glob:**.part");
    }

    @Test
    void a_missing_file_or_one_that_is_not_a_backup_is_refused_by_name_and_changes_nothing() throws Exception {
        Path file;
        try (Workbook workbook = open("riverside")) {
            file = workbook.file();
            workbook.practices().add("Hillside Medical Centre", null, OrganisationalModel.PARTNERSHIP, null, null);
        }
        byte[] before = Files.readAllBytes(file);
        Path missing = folder.resolve("nowhere.zip");
        Path text = Files.writeString(folder.resolve("notes.zip"), "not a backup at all");
        Path otherZip = folder.resolve("photos.zip");
        Files.write(otherZip, zipOf("photo.jpg", new byte[] {1, 2, 3}));
        Path otherScript = folder.resolve("other.zip");
        Files.write(otherScript, zipOf("script.sql", "create table x(id int);".getBytes(StandardCharsets.UTF_8)));

        assertThatThrownBy(() -> BackupRestore.restore(file, missing, Optional.empty()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("there is no backup at " + missing + "; nothing was changed");
        for (Path bad : new Path[] {text, otherZip}) {
            assertThatThrownBy(() -> BackupRestore.restore(file, bad, Optional.empty()))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage(bad + " is not a Practice Workbook backup, or it is damaged; nothing was changed");
        }
        assertThatThrownBy(() -> BackupRestore.restore(file, otherScript, Optional.empty()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage(otherScript + " is not a backup of a Practice Workbook workbook; nothing was changed");

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(folder).isDirectoryNotContaining("glob:**restoring*");
    }

    @Test
    void a_backup_from_a_newer_version_is_refused_and_changes_nothing() throws Exception {
        Path file;
        BackupFile made;
        try (Workbook workbook = open("riverside")) {
            file = workbook.file();
        }
        Path newer = folder.resolve("newer");
        try (Workbook workbook = open("newer")) {
            made = workbook.backUp(BackupReason.ON_OPENING);
        }
        try (var connection = DriverManager.getConnection("jdbc:h2:file:" + newer, "workbook", "");
             var statement = connection.createStatement()) {
            statement.execute("update \"flyway_schema_history\" set \"version\" = '99' where \"version\" = '"
                    + Workbook.SCHEMA_VERSION + "'");
            statement.execute("script to '" + made.path() + "' compression zip");
        }
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> BackupRestore.restore(file, made.path(), Optional.empty()))
                .hasMessage(made.path() + " was made by a newer version of Practice Workbook (schema 99); install "
                        + "that version to restore it; nothing was changed");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    /**
     * An encrypted workbook's backup is written with its file key: no name can be read from the backup's bytes, and it
     * restores only with that key, into a workbook that still opens with its password.
     */
    @Test
    void a_backup_made_with_a_file_key_is_encrypted_and_restores_only_with_that_key() throws Exception {
        Optional<String> password = Optional.of("correct horse battery staple");
        Path file = folder.resolve("secret.mv.db");
        Path backup = folder.resolve("secret backup" + BackupFile.ENCRYPTED);
        String key;
        try (Workbook secret = Workbook.open(file, new PackReader(), password)) {
            secret.practices().add("Zoë’s Surgery", null, OrganisationalModel.PARTNERSHIP, null, null);
            secret.backUpTo(backup);
            key = secret.fileKey().orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(backup);
        // Whole words only: two letters turn up by chance in a few kilobytes of cipher text.
        assertThat(new String(bytes, StandardCharsets.UTF_8)).doesNotContain("Zoë’s");
        assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).doesNotContain("Surgery").doesNotContain("INSERT")
                .doesNotStartWith("PK");

        try (Workbook plain = open("plain")) {
            plain.practices().add("Hillside", null, OrganisationalModel.PARTNERSHIP, null, null);
        }
        assertThatThrownBy(() -> BackupRestore.restore(folder.resolve("plain"), backup, Optional.empty()))
                .hasMessage(backup + " was made while the workbook had a password, and it has none now; set that "
                        + "password again (File > Set password…) to restore it; nothing was changed");

        assertThatThrownBy(() -> BackupRestore.restore(file, backup, Optional.of("ff" + key.substring(2))))
                .hasMessageContaining("or it was made when the workbook had another password");
        try (Workbook secret = Workbook.open(file, new PackReader(), password)) {
            secret.practices().add("Added since", null, OrganisationalModel.PARTNERSHIP, null, null);
        }
        BackupRestore.restore(file, backup, Optional.of(key));
        try (Workbook secret = Workbook.open(file, new PackReader(), password)) {
            assertThat(secret.practices().list()).extracting(p -> p.name()).containsExactly("Zoë’s Surgery");
        }
    }

    private static byte[] zipOf(String entry, byte[] content) throws Exception {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(content);
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
