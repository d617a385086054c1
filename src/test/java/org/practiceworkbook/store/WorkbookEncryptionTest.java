package org.practiceworkbook.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practiceworkbook.assessment.Answer;
import org.practiceworkbook.assessment.AnswerValue;
import org.practiceworkbook.assessment.OrganisationalModel;
import org.practiceworkbook.assessment.Role;
import org.practiceworkbook.assessment.RoundFacts;
import org.practiceworkbook.demo.DemoWorkbook;
import org.practiceworkbook.pack.PackReader;

class WorkbookEncryptionTest {

    static final PackReader READER = new PackReader();
    static final String NOTE = "Café – naïve £5 Zoë: rota gaps every August";
    static final String PRACTICE = "Quillfeather Lane Surgery";
    static final String PASSWORD = "correct horse battery staple";

    @TempDir
    Path folder;

    @Test
    void an_encrypted_workbook_holds_no_note_or_practice_name_that_can_be_read_from_its_bytes() throws Exception {
        Path plain = folder.resolve("plain.mv.db");
        Path secret = folder.resolve("secret.mv.db");
        writeKnownNote(plain, Optional.empty());
        writeKnownNote(secret, Optional.of(PASSWORD));

        // The same search finds both in the unencrypted file, so it would find them if encryption failed.
        assertThat(FileBytes.readable(plain, NOTE, PRACTICE)).containsExactly(NOTE, PRACTICE);
        assertThat(FileBytes.readable(secret, NOTE, PRACTICE, "naïve £5 Zoë", "Quillfeather", "Müller")).isEmpty();
        try (Workbook reopened = Workbook.open(secret, READER, Optional.of(PASSWORD))) {
            assertThat(reopened.practices().list()).extracting(p -> p.name()).containsExactly(PRACTICE);
            assertThat(reopened.fileKey()).get().asString().hasSize(64).matches("[0-9a-f]+");
        }
        try (Workbook plainAgain = Workbook.open(plain, READER)) {
            assertThat(plainAgain.fileKey()).isEmpty();
        }
    }

    @Test
    void a_wrong_password_gets_wrong_password_and_nothing_else() {
        Path secret = folder.resolve("secret.mv.db");
        writeKnownNote(secret, Optional.of(PASSWORD));

        assertThatThrownBy(() -> Workbook.open(secret, READER, Optional.of("correct horse")))
                .isInstanceOf(WrongPasswordException.class).hasMessage("wrong password").hasNoCause();
        assertThatThrownBy(() -> Workbook.open(secret, READER, Optional.of(PASSWORD + " ")))
                .hasMessage("wrong password");
    }

    @Test
    void the_whole_password_makes_the_key_so_two_that_share_their_first_word_differ() {
        Path secret = folder.resolve("secret.mv.db");
        writeKnownNote(secret, Optional.of("spring rota 2027"));

        assertThatThrownBy(() -> Workbook.open(secret, READER, Optional.of("spring harvest")))
                .hasMessage("wrong password");
        assertThatThrownBy(() -> Workbook.open(secret, READER, Optional.of("spring")))
                .hasMessage("wrong password");
    }

    @Test
    void an_encrypted_workbook_opened_without_a_password_says_it_needs_one() {
        Path secret = folder.resolve("secret.mv.db");
        writeKnownNote(secret, Optional.of(PASSWORD));

        assertThatThrownBy(() -> Workbook.open(secret, READER))
                .isInstanceOf(PasswordNeededException.class).hasMessageContaining("protected by a password");
    }

    @Test
    void setting_changing_and_removing_the_password_keeps_every_answer() throws Exception {
        Path file = folder.resolve("w.mv.db");
        List<String> before;
        try (Workbook workbook = Workbook.open(file, READER)) {
            DemoWorkbook.fill(workbook);
            before = everything(workbook);
        }

        WorkbookPassword.change(file, Optional.empty(), Optional.of(PASSWORD));
        assertThat(FileBytes.readable(file, DemoWorkbook.PRACTICE_NAME)).isEmpty();
        assertThatThrownBy(() -> Workbook.open(file, READER)).isInstanceOf(PasswordNeededException.class);
        try (Workbook workbook = Workbook.open(file, READER, Optional.of(PASSWORD))) {
            assertThat(everything(workbook)).isEqualTo(before);
        }

        WorkbookPassword.change(file, Optional.of(PASSWORD), Optional.of("a new one"));
        assertThatThrownBy(() -> Workbook.open(file, READER, Optional.of(PASSWORD))).hasMessage("wrong password");
        try (Workbook workbook = Workbook.open(file, READER, Optional.of("a new one"))) {
            assertThat(everything(workbook)).isEqualTo(before);
        }

        WorkbookPassword.change(file, Optional.of("a new one"), Optional.empty());
        try (Workbook workbook = Workbook.open(file, READER)) {
            assertThat(workbook.fileKey()).isEmpty();
            assertThat(everything(workbook)).isEqualTo(before);
        }
        assertThat(FileBytes.readable(file, DemoWorkbook.PRACTICE_NAME)).isNotEmpty();
        assertThat(Files.list(folder).map(p -> p.getFileName().toString())).containsExactly("w.mv.db");
    }

    @Test
    void a_change_with_the_wrong_current_password_changes_nothing() throws Exception {
        Path file = folder.resolve("w.mv.db");
        writeKnownNote(file, Optional.of(PASSWORD));
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> WorkbookPassword.change(file, Optional.of("guess"), Optional.of("another")))
                .hasMessage("wrong password");

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(Files.list(folder).map(p -> p.getFileName().toString())).containsExactly("w.mv.db");
    }

    @Test
    void an_encrypted_workbook_still_opens_after_much_writing_closing_and_reopening() {
        Path file = folder.resolve("w.mv.db");
        try (Workbook workbook = Workbook.open(file, READER, Optional.of(PASSWORD))) {
            DemoWorkbook.fill(workbook);
        }
        for (int i = 0; i < 3; i++) {
            try (Workbook workbook = Workbook.open(file, READER, Optional.of(PASSWORD))) {
                assertThat(workbook.practices().findByName(DemoWorkbook.PRACTICE_NAME)).isPresent();
                workbook.practices().add("Practice " + i, null, OrganisationalModel.PARTNERSHIP, null, null);
            }
        }
    }

    static void writeKnownNote(Path file, Optional<String> password) {
        try (Workbook workbook = Workbook.open(file, READER, password)) {
            var practice = workbook.practices().add(PRACTICE, null, OrganisationalModel.PARTNERSHIP, null, null);
            var round = workbook.rounds().add(practice.id(), "Baseline", java.time.LocalDate.of(2027, 3, 1),
                    RoundFacts.NONE);
            var capacity = workbook.packs().latest("capacity").orElseThrow();
            workbook.rounds().useQuestionnaire(round.id(), capacity);
            String item = workbook.packs().load(capacity).items().findFirst().orElseThrow().id();
            var person = workbook.respondents().add(round.id(), "Dr Ana Müller", Role.GP_PARTNER);
            workbook.answers().save(person.id(), "capacity", new Answer(item, AnswerValue.level(2), NOTE,
                    Instant.parse("2027-03-01T09:00:00Z")));
        }
    }

    /** Every practice, round, respondent and answer (with its note) in a workbook, as text to compare. */
    static List<String> everything(Workbook workbook) {
        var lines = new ArrayList<String>();
        for (var practice : workbook.practices().list()) {
            lines.add(practice.toString());
            for (var round : workbook.rounds().list(practice.id())) {
                lines.add(round.toString());
                for (var person : workbook.respondents().list(round.id())) {
                    lines.add(person.toString());
                    for (String pack : List.of("capacity", "skills", "governance")) {
                        lines.add(pack + " " + new java.util.TreeMap<>(workbook.answers().forRespondent(person.id(), pack)));
                    }
                }
            }
            workbook.actions().list(practice.id()).forEach(a -> lines.add(a.toString()));
        }
        return lines;
    }
}
