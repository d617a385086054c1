package org.practiceworkbook.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practiceworkbook.assessment.Answer;
import org.practiceworkbook.assessment.AnswerValue;
import org.practiceworkbook.assessment.Consensus;
import org.practiceworkbook.assessment.OrganisationalModel;
import org.practiceworkbook.assessment.Respondent;
import org.practiceworkbook.assessment.Role;
import org.practiceworkbook.assessment.RoundFacts;
import org.practiceworkbook.pack.PackReader;

/** Deleting a person and anonymising a round, in a real workbook file, checked after reopening it. */
class PrivacyStoreTest {

    private static final Instant AT = Instant.parse("2027-03-14T10:00:00Z");

    @TempDir
    Path folder;

    private long round;
    private long otherRound;
    private Respondent joanne;
    private Respondent imran;
    private Respondent later;

    /** Two people in a baseline round with answers and notes, a group note, and someone in a later round. */
    private void fill(Workbook workbook) {
        var practice = workbook.practices().add("Riverside Surgery", null, OrganisationalModel.PARTNERSHIP, null, null);
        round = workbook.rounds().add(practice.id(), "Baseline", LocalDate.of(2027, 3, 14), RoundFacts.NONE).id();
        otherRound = workbook.rounds().add(practice.id(), "Review", LocalDate.of(2027, 9, 8), RoundFacts.NONE).id();
        joanne = workbook.respondents().add(round, "Joanne Fletcher", Role.PRACTICE_MANAGER);
        imran = workbook.respondents().add(round, "Dr Imran Qureshi", Role.GP_PARTNER);
        later = workbook.respondents().add(otherRound, "Joanne Fletcher", Role.PRACTICE_MANAGER);
        workbook.answers().saveAll(joanne.id(), "capacity", List.of(
                new Answer("a", AnswerValue.level(2), "Wednesdays go on the phones", AT),
                new Answer("b", AnswerValue.DONT_KNOW, null, AT),
                new Answer("c", null, "Only a note, no level yet", AT)));
        workbook.answers().save(imran.id(), "capacity", new Answer("a", AnswerValue.level(5), "Fine by me", AT));
        workbook.answers().save(later.id(), "capacity", new Answer("a", AnswerValue.level(4), "Better now", AT));
        workbook.respondents().savePosition(joanne.id(), "capacity", "c");
        workbook.consensus().save(round, "capacity", new Consensus("a", AnswerValue.level(3), "Joanne to check", AT));
        workbook.consensus().save(round, "capacity", new Consensus("b", null, "Dr Qureshi to ask the PCN", AT));
        workbook.consensus().setTarget(round, "capacity", "a", 4);
    }

    @Test
    void deleting_a_person_takes_all_their_answers_and_notes_and_nobody_else_s() {
        Path file = folder.resolve("w");
        try (Workbook workbook = Workbook.open(file, new PackReader())) {
            fill(workbook);
            assertThat(workbook.respondents().deletionImpact(joanne.id()).describe()).isEqualTo("3 answers");
            assertThat(workbook.respondents().delete(joanne.id())).isTrue();
            assertThat(workbook.respondents().delete(joanne.id())).as("already gone").isFalse();
        }
        try (Workbook workbook = Workbook.open(file, new PackReader())) {
            assertThat(workbook.respondents().find(joanne.id())).isEmpty();
            assertThat(workbook.respondents().list(round)).containsExactly(imran);
            assertThat(workbook.answers().forRespondent(joanne.id(), "capacity")).isEmpty();
            assertThat(workbook.respondents().position(joanne.id(), "capacity")).isEmpty();
            assertThat(workbook.answers().valuesForRound(round, "capacity")).containsOnlyKeys(imran.id());
            assertThat(workbook.answers().forRespondent(later.id(), "capacity"))
                    .as("the same person's answers in another round are another respondent's").hasSize(1);
            assertThat(workbook.consensus().forRound(round, "capacity")).as("the group's decisions stay")
                    .containsOnlyKeys("a", "b");
        }
    }

    @Test
    void anonymising_a_round_replaces_names_keeps_roles_and_levels_and_leaves_other_rounds() {
        Path file = folder.resolve("w");
        try (Workbook workbook = Workbook.open(file, new PackReader())) {
            fill(workbook);
            assertThat(workbook.rounds().anonymisingImpact(round))
                    .isEqualTo(new RoundStore.AnonymisingImpact(2, 3, 2));
            workbook.rounds().anonymise(round, false);
        }
        try (Workbook workbook = Workbook.open(file, new PackReader())) {
            assertThat(workbook.respondents().list(round)).extracting(Respondent::name, Respondent::role)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("Respondent 1", Role.PRACTICE_MANAGER),
                            org.assertj.core.groups.Tuple.tuple("Respondent 2", Role.GP_PARTNER));
            assertThat(workbook.answers().forRespondent(joanne.id(), "capacity").get("a").note())
                    .as("notes kept when not asked to remove them").isEqualTo("Wednesdays go on the phones");
            assertThat(workbook.respondents().list(otherRound)).extracting(Respondent::name)
                    .containsExactly("Joanne Fletcher");
        }
    }

    @Test
    void anonymising_with_notes_removes_every_note_of_the_round_people_s_and_the_group_s() {
        Path file = folder.resolve("w");
        try (Workbook workbook = Workbook.open(file, new PackReader())) {
            fill(workbook);
            workbook.rounds().anonymise(round, true);
        }
        try (Workbook workbook = Workbook.open(file, new PackReader())) {
            var answers = workbook.answers().forRespondent(joanne.id(), "capacity");
            assertThat(answers).as("the note-only answer goes; levels stay").containsOnlyKeys("a", "b");
            assertThat(answers.values()).allSatisfy(a -> assertThat(a.note()).isNull());
            assertThat(answers.get("a").value()).isEqualTo(AnswerValue.level(2));
            assertThat(workbook.answers().forRespondent(imran.id(), "capacity").get("a").note()).isNull();
            var agreed = workbook.consensus().forRound(round, "capacity");
            assertThat(agreed).as("the group's note-only item goes; its agreed level stays").containsOnlyKeys("a");
            assertThat(agreed.get("a")).isEqualTo(new Consensus("a", AnswerValue.level(3), null, AT));
            assertThat(workbook.consensus().targets(round, "capacity")).containsEntry("a", 4);
            assertThat(workbook.rounds().anonymisingImpact(round)).isEqualTo(new RoundStore.AnonymisingImpact(2, 0, 0));
            assertThat(workbook.answers().forRespondent(later.id(), "capacity").get("a").note())
                    .as("another round is untouched").isEqualTo("Better now");
        }
    }
}
