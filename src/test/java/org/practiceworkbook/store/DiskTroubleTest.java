package org.practiceworkbook.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practiceworkbook.assessment.Answer;
import org.practiceworkbook.assessment.AnswerValue;
import org.practiceworkbook.assessment.OrganisationalModel;
import org.practiceworkbook.assessment.Role;
import org.practiceworkbook.assessment.RoundFacts;
import org.practiceworkbook.pack.PackReader;

/** A disk that stops taking writes (full, or a USB stick pulled out) loses no answer already saved. */
class DiskTroubleTest {

    static final PackReader READER = new PackReader();

    @TempDir
    Path folder;

    @AfterEach
    void diskBack() {
        FailingDisk.stopFailing(folder);
    }

    static Answer answer(int i) {
        return new Answer("item-" + i, AnswerValue.level(1 + i % 5), "note " + i, Instant.now());
    }

    long respondentIn(Workbook workbook) {
        long practice = workbook.practices().add("Hillside", null, OrganisationalModel.PARTNERSHIP, null, null).id();
        long round = workbook.rounds().add(practice, "Baseline", LocalDate.of(2027, 3, 1), RoundFacts.NONE).id();
        return workbook.respondents().add(round, null, Role.PRACTICE_MANAGER).id();
    }

    @Test
    void a_failed_write_goes_in_the_support_log_without_what_was_being_saved() throws Exception {
        Path logs = folder.resolve("logs");
        var storeLogger = java.util.logging.Logger.getLogger("org.practiceworkbook.store");
        var log = new org.practiceworkbook.logging.SupportLog(logs, () -> "start");
        storeLogger.addHandler(log);
        try (Workbook workbook = Workbook.open(folder.resolve("usb"), READER, FailingDisk.disk())) {
            long respondent = respondentIn(workbook);
            FailingDisk.startFailing(folder);
            assertThatThrownBy(() -> workbook.answers().save(respondent, "capacity",
                    new Answer("item-1", AnswerValue.level(2), "Dr Ménard disagrees", Instant.now())))
                    .hasMessage(DiskTrouble.WRITE_FAILED);
        } catch (StoreException closing) {
            // closing cannot write either
        } finally {
            storeLogger.removeHandler(log);
            log.close();
        }

        String logged = Files.readString(logs.resolve(org.practiceworkbook.logging.SupportLog.NEWEST));
        assertThat(logged).contains("WARNING", "A change to the workbook was not saved: the disk refused the write",
                "No space left on device").doesNotContain("Ménard", "disagrees", "Hillside");
    }

    @Test
    void a_failed_write_says_so_plainly_and_every_answer_saved_before_it_is_there_once_the_disk_is_back() {
        Path file = folder.resolve("usb");
        long respondent;
        Workbook workbook = Workbook.open(file, READER, FailingDisk.disk());
        respondent = respondentIn(workbook);
        for (int i = 1; i <= 40; i++) {
            workbook.answers().save(respondent, "capacity", answer(i));
        }

        FailingDisk.startFailing(folder);
        assertThatThrownBy(() -> workbook.answers().save(respondent, "capacity", answer(41)))
                .isInstanceOf(StoreException.class)
                .hasMessage(DiskTrouble.WRITE_FAILED);
        assertThatThrownBy(() -> workbook.answers().save(respondent, "capacity", answer(42)))
                .isInstanceOf(StoreException.class)
                .hasMessage(DiskTrouble.WRITE_FAILED);
        try {
            workbook.close();
        } catch (StoreException expected) {
            // the disk is still gone: closing cannot write either
        }
        FailingDisk.stopFailing(folder);

        try (Workbook reopened = Workbook.open(file, READER)) {
            var held = reopened.answers().forRespondent(respondent, "capacity");
            for (int i = 1; i <= 40; i++) {
                assertThat(held).as("answer " + i + ", saved before the disk failed").containsKey("item-" + i);
                assertThat(held.get("item-" + i).note()).isEqualTo("note " + i);
            }
        }
    }

    /** As on a CD or a locked share: the program is told the folder cannot be written (as root, it still could). */
    static final Disk READ_ONLY = Disk.LOCAL.withWritable(file -> false);

    @Test
    void a_workbook_that_cannot_be_written_opens_read_only_shows_everything_and_refuses_every_change_in_plain_words()
            throws Exception {
        Path file = folder.resolve("cd");
        long respondent;
        try (Workbook workbook = Workbook.open(file, READER)) {
            respondent = respondentIn(workbook);
            workbook.answers().save(respondent, "capacity", answer(1));
        }
        String before = digest(WorkbookLocation.file(file));

        try (Workbook workbook = Workbook.open(file, READER, READ_ONLY)) {
            assertThat(workbook.readOnly()).isTrue();
            assertThat(workbook.practices().list()).extracting(p -> p.name()).containsExactly("Hillside");
            assertThat(workbook.answers().forRespondent(respondent, "capacity")).containsKey("item-1");

            assertThatThrownBy(() -> workbook.answers().save(respondent, "capacity", answer(2)))
                    .isInstanceOf(StoreException.class).hasMessage(DiskTrouble.READ_ONLY);
            assertThatThrownBy(() -> workbook.practices().add("Another", null, OrganisationalModel.PARTNERSHIP, null,
                    null)).isInstanceOf(StoreException.class).hasMessage(DiskTrouble.READ_ONLY);
            assertThatThrownBy(() -> workbook.inTransaction(() -> {
                workbook.answers().save(respondent, "capacity", answer(3));
                return null;
            })).isInstanceOf(StoreException.class).hasMessage(DiskTrouble.READ_ONLY);
        }
        assertThat(digest(WorkbookLocation.file(file))).as("the file's bytes").isEqualTo(before);
        try (Workbook workbook = Workbook.open(file, READER)) {
            assertThat(workbook.readOnly()).isFalse();
            assertThat(workbook.answers().forRespondent(respondent, "capacity")).containsOnlyKeys("item-1");
        }
    }

    @Test
    void no_new_workbook_is_made_in_a_folder_that_cannot_be_written() {
        Path file = folder.resolve("new");
        assertThatThrownBy(() -> Workbook.open(file, READER, READ_ONLY))
                .isInstanceOf(WorkbookOpenException.class)
                .hasMessage("cannot make a workbook in " + folder.toAbsolutePath().normalize()
                        + ": the folder cannot be written to; choose a folder you can write to");
        assertThat(WorkbookLocation.file(file)).doesNotExist();
    }

    private static String digest(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
