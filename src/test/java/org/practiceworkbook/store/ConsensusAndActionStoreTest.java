package org.practiceworkbook.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practiceworkbook.assessment.ActionReview;
import org.practiceworkbook.assessment.AnswerValue;
import org.practiceworkbook.assessment.Consensus;
import org.practiceworkbook.assessment.InvalidInputException;
import org.practiceworkbook.assessment.ItemRef;
import org.practiceworkbook.assessment.OrganisationalModel;
import org.practiceworkbook.assessment.PlannedAction;
import org.practiceworkbook.assessment.RoundFacts;
import org.practiceworkbook.pack.PackReader;

/** The group's consensus, targets and the action plan, kept in a real workbook file. */
class ConsensusAndActionStoreTest {

    private static final Instant AGREED = Instant.parse("2027-03-14T11:05:00Z");

    @TempDir
    Path folder;

    @Test
    void consensus_notes_and_targets_are_kept_changed_and_cleared_after_reopening() {
        Path file = folder.resolve("w");
        long round;
        try (Workbook workbook = Workbook.open(file, new PackReader())) {
            var practice = workbook.practices().add("Riverside Surgery", null, OrganisationalModel.PARTNERSHIP, null, null);
            round = workbook.rounds().add(practice.id(), "Baseline", LocalDate.of(2027, 3, 14), RoundFacts.NONE).id();
            workbook.consensus().save(round, "capacity", new Consensus("a", AnswerValue.level(2), "Slot rarely kept", AGREED));
            workbook.consensus().save(round, "capacity", new Consensus("b", AnswerValue.NOT_APPLICABLE, null, AGREED));
            workbook.consensus().save(round, "capacity", new Consensus("a", AnswerValue.level(3), "Kept since May", AGREED));
            workbook.consensus().setTarget(round, "capacity", "a", 4);
            workbook.consensus().setTarget(round, "capacity", "b", 3);
            workbook.consensus().setTarget(round, "capacity", "b", null);
        }
        try (Workbook workbook = Workbook.open(file, new PackReader())) {
            assertThat(workbook.consensus().forRound(round, "capacity")).containsExactly(
                    java.util.Map.entry("a", new Consensus("a", AnswerValue.level(3), "Kept since May", AGREED)),
                    java.util.Map.entry("b", new Consensus("b", AnswerValue.NOT_APPLICABLE, null, AGREED)));
            assertThat(workbook.consensus().targets(round, "capacity")).containsExactly(java.util.Map.entry("a", 4));
            assertThat(workbook.consensus().forRound(round, "skills")).isEmpty();

            workbook.consensus().clear(round, "capacity", "a");
            assertThat(workbook.consensus().forRound(round, "capacity")).containsOnlyKeys("b");
        }
    }

    @Test
    void an_action_keeps_every_part_and_its_linked_items() {
        try (Workbook workbook = Workbook.open(folder.resolve("w"), new PackReader())) {
            var practice = workbook.practices().add("Riverside Surgery", null, OrganisationalModel.PARTNERSHIP, null, null);
            var action = new PlannedAction(0, UUID.randomUUID(), practice.id(), null, "Protect a weekly improvement slot",
                    "Two hours on Wednesday mornings", "Sam Patel (practice manager)", "Dr Helen Price",
                    LocalDate.of(2027, 6, 30),
                    PlannedAction.Priority.HIGH, PlannedAction.Status.IN_PROGRESS, "Slot kept 3 weeks in 4",
                    LocalDate.of(2027, 5, 1), List.of(new ItemRef("capacity", "a"), new ItemRef("skills", "b")));

            var added = workbook.actions().add(action);

            assertThat(workbook.actions().list(practice.id())).containsExactly(added);
            assertThat(added.linkedItems()).containsExactly(new ItemRef("capacity", "a"), new ItemRef("skills", "b"));
            assertThat(added.anchor()).isEqualTo("Dr Helen Price");
        }
    }

    @Test
    void an_edited_action_is_saved_over_the_old_one_and_a_deleted_one_is_gone_after_reopening() {
        Path file = folder.resolve("w");
        long practiceId;
        PlannedAction kept;
        try (Workbook workbook = Workbook.open(file, new PackReader())) {
            practiceId = workbook.practices().add("Riverside Surgery", null, OrganisationalModel.PARTNERSHIP, null,
                    null).id();
            var first = workbook.actions().add(new PlannedAction(0, UUID.randomUUID(), practiceId, null,
                    "Protect a weekly improvement slot", null, null, null, null, null, null, null, null,
                    List.of(new ItemRef("capacity", "a"))));
            var second = workbook.actions().add(new PlannedAction(0, UUID.randomUUID(), practiceId, null,
                    "Ask the PCN about HR", null, null, null, null, null, null, null, null, List.of()));

            kept = new PlannedAction(first.id(), first.publicId(), practiceId, null, "Protect Wednesday afternoons",
                    "13:30 to 17:00 – café rota covered", "Sam Patel", "Dr Price", LocalDate.of(2027, 7, 1),
                    PlannedAction.Priority.HIGH, PlannedAction.Status.IN_PROGRESS, "Kept 10 weeks in 12",
                    LocalDate.of(2027, 6, 1), List.of(new ItemRef("skills", "b"), new ItemRef("capacity", "c")));
            workbook.actions().update(kept);
            workbook.actions().delete(second.id());
        }
        try (Workbook workbook = Workbook.open(file, new PackReader())) {
            assertThat(workbook.actions().list(practiceId)).singleElement().satisfies(action -> {
                assertThat(action).usingRecursiveComparison().ignoringFields("linkedItems").isEqualTo(kept);
                assertThat(action.linkedItems()).containsExactlyInAnyOrder(new ItemRef("skills", "b"),
                        new ItemRef("capacity", "c"));
            });
        }
    }

    @Test
    void a_review_decision_is_kept_per_round_and_sets_the_actions_status() {
        Path file = folder.resolve("w");
        long practiceId;
        long review;
        PlannedAction dropped;
        try (Workbook workbook = Workbook.open(file, new PackReader())) {
            practiceId = workbook.practices().add("Riverside Surgery", null, OrganisationalModel.PARTNERSHIP, null,
                    null).id();
            long baseline = workbook.rounds().add(practiceId, "Baseline", LocalDate.of(2027, 3, 14), RoundFacts.NONE)
                    .id();
            review = workbook.rounds().add(practiceId, "Review", LocalDate.of(2027, 9, 14), RoundFacts.NONE).id();
            var carried = workbook.actions().add(new PlannedAction(0, UUID.randomUUID(), practiceId, baseline,
                    "Carried", null, null, null, null, null, PlannedAction.Status.IN_PROGRESS, null, null, List.of()));
            var toDrop = workbook.actions().add(new PlannedAction(0, UUID.randomUUID(), practiceId, baseline,
                    "To drop", null, "Sam", null, null, null, null, null, null, List.of()));
            // Edited after the plan was read: the review must keep the edit and change only the status.
            workbook.actions().update(new PlannedAction(toDrop.id(), toDrop.publicId(), practiceId, baseline,
                    "To drop", "Overtaken by the PCN's offer", "Dr Price", null, null, null, null, null, null,
                    List.of()));

            workbook.actions().review(carried.id(), review, ActionReview.CARRIED_FORWARD);
            workbook.actions().review(toDrop.id(), review, ActionReview.DROPPED);
            dropped = workbook.actions().findByPublicId(toDrop.publicId()).orElseThrow();
            assertThat(workbook.actions().reviewedAt(baseline)).isEmpty();
        }
        try (Workbook workbook = Workbook.open(file, new PackReader())) {
            var reviewed = workbook.actions().reviewedAt(review);
            assertThat(reviewed.values()).containsExactly(ActionReview.CARRIED_FORWARD, ActionReview.DROPPED);
            assertThat(workbook.actions().list(practiceId)).extracting(PlannedAction::status)
                    .containsExactly(PlannedAction.Status.IN_PROGRESS, PlannedAction.Status.DROPPED);
            assertThat(dropped.status()).isEqualTo(PlannedAction.Status.DROPPED);
            assertThat(dropped.owner()).isEqualTo("Dr Price");
            assertThat(dropped.description()).isEqualTo("Overtaken by the PCN's offer");
        }
    }

    @Test
    void the_priority_cap_starts_at_five_keeps_a_new_value_and_refuses_one_out_of_range() {
        Path file = folder.resolve("w");
        long practiceId;
        try (Workbook workbook = Workbook.open(file, new PackReader())) {
            practiceId = workbook.practices().add("Riverside Surgery", null, OrganisationalModel.PARTNERSHIP, null,
                    null).id();
            assertThat(workbook.actions().priorityCap(practiceId)).isEqualTo(5);
            workbook.actions().setPriorityCap(practiceId, 3);
            assertThatThrownBy(() -> workbook.actions().setPriorityCap(practiceId, 0))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("from 1 to 20, not 0");
        }
        try (Workbook workbook = Workbook.open(file, new PackReader())) {
            assertThat(workbook.actions().priorityCap(practiceId)).isEqualTo(3);
        }
    }

    @Test
    void saving_an_action_that_was_deleted_meanwhile_says_so_and_changes_nothing() {
        try (Workbook workbook = Workbook.open(folder.resolve("w"), new PackReader())) {
            long practiceId = workbook.practices().add("Riverside Surgery", null, OrganisationalModel.PARTNERSHIP,
                    null, null).id();
            var gone = workbook.actions().add(new PlannedAction(0, UUID.randomUUID(), practiceId, null,
                    "Ask the PCN about HR", null, null, null, null, null, null, null, null, List.of()));
            workbook.actions().delete(gone.id());

            assertThatThrownBy(() -> workbook.actions().update(gone.withStatus(PlannedAction.Status.DONE)))
                    .hasMessageContaining("Ask the PCN about HR").hasMessageContaining("no longer in the workbook");
            assertThat(workbook.actions().list(practiceId)).isEmpty();
        }
    }

    @Test
    void a_rounds_workshop_starts_private_and_keeps_what_the_facilitator_chose() {
        Path file = folder.resolve("w");
        long round;
        try (Workbook workbook = Workbook.open(file, new PackReader())) {
            var practice = workbook.practices().add("Riverside Surgery", null, OrganisationalModel.PARTNERSHIP, null, null);
            round = workbook.rounds().add(practice.id(), "Away day", LocalDate.of(2027, 3, 14), RoundFacts.NONE).id();
            assertThat(workbook.workshops().settings(round)).isEqualTo(org.practiceworkbook.assessment.WorkshopSettings.NONE);
            workbook.workshops().save(round, org.practiceworkbook.assessment.WorkshopSettings.NONE.withRevealed(true)
                    .withPartnersOnlyIncluded(true));
            workbook.workshops().setPartnersOnly(round, "governance", "governance.partnership", true);
            workbook.workshops().setPartnersOnly(round, "governance", "governance.finance", true);
            workbook.workshops().setPartnersOnly(round, "governance", "governance.finance", false);
        }
        try (Workbook workbook = Workbook.open(file, new PackReader())) {
            var settings = workbook.workshops().settings(round);
            assertThat(settings.revealed()).isTrue();
            assertThat(settings.namesShown()).isFalse();
            assertThat(settings.partnersOnlyIncluded()).isTrue();
            assertThat(settings.partnersOnlySections("governance")).containsExactly("governance.partnership");
            assertThat(workbook.workshops().partnersOnlySections(round, "governance")).containsExactly("governance.partnership");
            assertThat(workbook.workshops().partnersOnlySections(round, "capacity")).isEmpty();
        }
    }

    @Test
    void a_failure_inside_a_joined_transaction_keeps_nothing_of_it() {
        try (Workbook workbook = Workbook.open(folder.resolve("w"), new PackReader())) {
            assertThatThrownBy(() -> workbook.inTransaction(() -> {
                workbook.practices().add("Riverside Surgery", null, OrganisationalModel.PARTNERSHIP, null, null);
                return workbook.practices().add("riverside  surgery", null, OrganisationalModel.PARTNERSHIP, null, null);
            })).isInstanceOf(InvalidInputException.class);

            assertThat(workbook.practices().list()).isEmpty();
        }
    }
}
