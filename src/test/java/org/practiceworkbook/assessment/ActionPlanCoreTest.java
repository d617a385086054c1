package org.practiceworkbook.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practiceworkbook.assessment.AnswerValue.level;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * The action plan's rules, worked by hand on a five-level pack of three items (default targets 4, 5 and 3):
 * suggestions in order of need, an action drafted from one, what is overdue, what a new round reviews, the cap.
 */
class ActionPlanCoreTest {

    private static final Instant AT = Instant.parse("2027-03-14T10:00:00Z");

    private static RoundResults results(int... levels) {
        var five = TestQuestionnaires.fiveLevels(4, 5, 3);
        var answers = new java.util.HashMap<String, Answer>();
        for (int i = 0; i < levels.length; i++) {
            answers.put("i" + (i + 1), new Answer("i" + (i + 1), level(levels[i]), null, AT));
        }
        var person = new RespondentAnswers(new Respondent(1, 1, UUID.randomUUID(), null, Role.PRACTICE_MANAGER), answers);
        return Results.of(five, Set.of(), List.of(person), Map.of(), Map.of(), Discussion.PartnersOnly.NONE);
    }

    @Test
    void suggestions_come_largest_gap_first_each_with_the_questionnaires_actions() {
        // i1 at 3 (target 4, gap 1); i2 at 2 (target 5, gap 3); i3 at 3 (target 3, met: left out).
        var suggestions = ActionSuggestion.from(results(3, 2, 3));

        assertThat(suggestions).extracting(s -> s.item().itemId()).containsExactly("i2", "i1");
        assertThat(suggestions.getFirst().item()).isEqualTo(new ItemRef("five", "i2"));
        assertThat(suggestions.getFirst().suggestedActions()).containsExactly("Act", "Act again");
    }

    @Test
    void an_action_drafted_from_a_suggestion_is_linked_to_its_item_and_says_why() {
        var suggestion = ActionSuggestion.from(results(3, 2, 3)).getFirst();
        var id = UUID.randomUUID();

        var draft = suggestion.draft("Act", 7, 11L, id);

        assertThat(draft.title()).isEqualTo("Act");
        assertThat(draft.description()).isEqualTo("Why: \u201cStatement 2\u201d is at level 2, target 5.");
        assertThat(draft.linkedItems()).containsExactly(new ItemRef("five", "i2"));
        assertThat(draft.priority()).isEqualTo(PlannedAction.Priority.HIGH);   // three levels short
        assertThat(draft.status()).isEqualTo(PlannedAction.Status.NOT_STARTED);
        assertThat(draft.originRoundId()).isEqualTo(11L);
        assertThat(draft.publicId()).isEqualTo(id);
    }

    private static PlannedAction action(String title, PlannedAction.Status status, PlannedAction.Priority priority,
                                        LocalDate due, Long round) {
        return new PlannedAction(0, UUID.randomUUID(), 1, round, title, null, null, null, due, priority, status, null, null,
                List.of());
    }

    @Test
    void overdue_actions_are_the_open_ones_past_their_date_soonest_first() {
        var today = LocalDate.of(2027, 6, 1);
        var plan = List.of(
                action("Late", PlannedAction.Status.IN_PROGRESS, PlannedAction.Priority.MEDIUM, LocalDate.of(2027, 5, 20), null),
                action("Later", PlannedAction.Status.NOT_STARTED, PlannedAction.Priority.MEDIUM, LocalDate.of(2027, 4, 1), null),
                action("Done late", PlannedAction.Status.DONE, PlannedAction.Priority.MEDIUM, LocalDate.of(2027, 4, 1), null),
                action("Due today", PlannedAction.Status.NOT_STARTED, PlannedAction.Priority.MEDIUM, today, null),
                action("No date", PlannedAction.Status.NOT_STARTED, PlannedAction.Priority.MEDIUM, null, null));

        assertThat(ActionFollowThrough.overdue(plan, today)).extracting(PlannedAction::title).containsExactly("Later", "Late");
    }

    @Test
    void a_new_round_reviews_every_open_action_from_before_it_first() {
        var baseline = new Round(1, 1, "Baseline", LocalDate.of(2027, 3, 14), RoundFacts.NONE);
        var review = new Round(2, 1, "Review", LocalDate.of(2027, 9, 14), RoundFacts.NONE);
        var plan = List.of(
                action("Open from baseline", PlannedAction.Status.IN_PROGRESS, PlannedAction.Priority.HIGH, null, 1L),
                action("Done at baseline", PlannedAction.Status.DONE, PlannedAction.Priority.HIGH, null, 1L),
                action("Dropped", PlannedAction.Status.DROPPED, PlannedAction.Priority.LOW, null, 1L),
                action("Written freely", PlannedAction.Status.NOT_STARTED, PlannedAction.Priority.LOW, null, null),
                action("From the review itself", PlannedAction.Status.NOT_STARTED, PlannedAction.Priority.LOW, null, 2L));

        assertThat(ActionFollowThrough.toReview(plan, review, List.of(baseline, review), Set.of()))
                .extracting(PlannedAction::title).containsExactly("Open from baseline", "Written freely");
        assertThat(ActionFollowThrough.toReview(plan, baseline, List.of(baseline, review), Set.of()))
                .extracting(PlannedAction::title).containsExactly("Written freely");
    }

    @Test
    void an_action_decided_at_this_round_is_not_asked_again_and_each_decision_sets_its_status() {
        var baseline = new Round(1, 1, "Baseline", LocalDate.of(2027, 3, 14), RoundFacts.NONE);
        var review = new Round(2, 1, "Review", LocalDate.of(2027, 9, 14), RoundFacts.NONE);
        var carried = action("Carried", PlannedAction.Status.IN_PROGRESS, PlannedAction.Priority.HIGH, null, 1L)
                .withRowIds(5, 1, 1L);
        var waiting = action("Waiting", PlannedAction.Status.NOT_STARTED, PlannedAction.Priority.HIGH, null, 1L)
                .withRowIds(6, 1, 1L);

        assertThat(ActionFollowThrough.toReview(List.of(carried, waiting), review, List.of(baseline, review),
                Set.of(5L))).containsExactly(waiting);
        assertThat(ActionReview.DONE.apply(waiting).status()).isEqualTo(PlannedAction.Status.DONE);
        assertThat(ActionReview.DROPPED.apply(waiting).status()).isEqualTo(PlannedAction.Status.DROPPED);
        assertThat(ActionReview.CARRIED_FORWARD.apply(carried)).isEqualTo(carried);
        assertThat(ActionFollowThrough.currentRound(List.of(review, baseline))).contains(review);
    }

    @Test
    void more_than_five_open_priorities_gets_a_warning_in_words() {
        var plan = new java.util.ArrayList<PlannedAction>();
        for (int i = 0; i < 5; i++) {
            plan.add(action("P" + i, PlannedAction.Status.IN_PROGRESS, PlannedAction.Priority.HIGH, null, null));
        }
        plan.add(action("Finished", PlannedAction.Status.DONE, PlannedAction.Priority.HIGH, null, null));
        assertThat(ActionFollowThrough.priorityWarning(plan, ActionFollowThrough.DEFAULT_PRIORITY_CAP)).isEmpty();

        plan.add(action("One more", PlannedAction.Status.NOT_STARTED, PlannedAction.Priority.HIGH, null, null));
        assertThat(ActionFollowThrough.priorityWarning(plan, ActionFollowThrough.DEFAULT_PRIORITY_CAP)).hasValueSatisfying(
                w -> assertThat(w).startsWith("6 high-priority actions are open, more than your limit of 5"));
    }
}
