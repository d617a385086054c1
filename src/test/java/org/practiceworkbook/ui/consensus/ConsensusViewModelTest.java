package org.practiceworkbook.ui.consensus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practiceworkbook.assessment.Answer;
import org.practiceworkbook.assessment.AnswerValue;
import org.practiceworkbook.assessment.OrganisationalModel;
import org.practiceworkbook.assessment.Role;
import org.practiceworkbook.assessment.Round;
import org.practiceworkbook.assessment.RoundFacts;
import org.practiceworkbook.pack.PackReader;
import org.practiceworkbook.questionnaire.Item;
import org.practiceworkbook.store.Workbook;
import org.practiceworkbook.ui.common.BackgroundTasks;
import org.practiceworkbook.ui.common.Feedback;

/**
 * The consensus session when the store is slower than the room: saves queue up behind each other while the
 * facilitator keeps pressing keys. Work is held back here until the test lets it run, as a busy disk would.
 */
class ConsensusViewModelTest {

    @TempDir
    Path folder;

    private final Deque<Runnable> store = new ArrayDeque<>();
    private Workbook workbook;
    private Round round;
    private List<Item> items;
    private ConsensusViewModel model;

    @BeforeEach
    void open() {
        workbook = Workbook.open(folder.resolve("w"), new PackReader());
        var practice = workbook.practices().add("Riverside Surgery", null, OrganisationalModel.PARTNERSHIP, null, null);
        round = workbook.rounds().add(practice.id(), "Away day", LocalDate.of(2027, 3, 14), RoundFacts.NONE);
        var questionnaire = workbook.packs().load(workbook.questionnaireFor(round.id(), "capacity"));
        items = questionnaire.items().toList();
        var person = workbook.respondents().add(round.id(), null, Role.NURSE);
        workbook.answers().save(person.id(), "capacity", new Answer(items.get(0).id(), AnswerValue.level(3), null,
                Instant.parse("2027-03-14T09:00:00Z")));
        var session = new ConsensusSession(workbook, practice, round, "capacity", "Consensus");
        model = new ConsensusViewModel(session, new BackgroundTasks(store::add, Runnable::run), new Feedback(),
                Clock.systemUTC());
        runStore();
        model.reveal(true);
        runStore();
    }

    @AfterEach
    void close() {
        workbook.close();
    }

    private void runStore() {
        while (!store.isEmpty()) {
            store.pop().run();
        }
    }

    private AnswerValue stored(int item) {
        var held = workbook.consensus().forRound(round.id(), "capacity").get(items.get(item).id());
        return held == null ? null : held.value();
    }

    @Test
    void a_level_agreed_just_after_a_note_keeps_the_note_even_before_the_note_is_saved() {
        model.setNote(items.get(0).id(), "Slot kept one week in four");
        model.agree(AnswerValue.level(2));
        runStore();

        var held = workbook.consensus().forRound(round.id(), "capacity").get(items.get(0).id());
        assertThat(held.value()).isEqualTo(AnswerValue.level(2));
        assertThat(held.note()).isEqualTo("Slot kept one week in four");
    }

    @Test
    void undo_after_quick_changes_goes_back_one_change_not_to_what_the_store_held() {
        model.agree(AnswerValue.level(2));
        model.agree(AnswerValue.level(4));
        model.undo();
        runStore();

        assertThat(stored(0)).isEqualTo(AnswerValue.level(2));
        assertThat(model.currentProperty().get().consensus().orElseThrow().value()).isEqualTo(AnswerValue.level(2));
        model.undo();
        runStore();
        assertThat(stored(0)).isNull();
    }

    @Test
    void moving_on_while_the_round_is_read_again_keeps_the_room_where_it_now_is() {
        model.next();
        model.reload();
        model.next();
        runStore();

        assertThat(model.indexProperty().get()).isEqualTo(2);
    }

    @Test
    void marking_a_section_for_partners_and_including_it_in_one_go_keeps_both() {
        var first = model.sections().getFirst();
        model.setPartnersOnly(first, true);
        model.includePartnersOnly(true);
        runStore();

        var settings = workbook.workshops().settings(round.id());
        assertThat(settings.partnersOnlySections("capacity")).containsExactly(first.id());
        assertThat(settings.partnersOnlyIncluded()).isTrue();
        assertThat(settings.revealed()).isTrue();
    }

    @Test
    void before_the_reveal_the_items_stay_in_questionnaire_order_whatever_sort_is_chosen() {
        model.reveal(false);
        model.orderProperty().set(org.practiceworkbook.assessment.Discussion.Order.DISAGREEMENT);
        model.onlyDisagreementProperty().set(true);
        runStore();

        assertThat(model.items()).extracting(d -> d.item().id()).startsWith(items.get(0).id(), items.get(1).id());
        assertThat(model.items()).hasSizeGreaterThan(1);
        model.agree(AnswerValue.level(5));
        runStore();
        assertThat(stored(0)).as("nothing is agreed before the reveal").isNull();
    }
}
