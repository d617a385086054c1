package org.practiceworkbook.assessment;

import java.time.LocalDate;
import java.util.List;

/**
 * Keeping a plan honest: what is overdue, what a new round must review before anything else (so no open action is
 * silently forgotten), and whether the practice has taken on more priorities than it can carry.
 */
public final class ActionFollowThrough {

    /** More high-priority actions open at once than this dilutes them all; the practice is warned past it. */
    public static final int DEFAULT_PRIORITY_CAP = 5;

    private ActionFollowThrough() {
    }

    /** Still open: not done and not dropped. */
    public static boolean isOpen(PlannedAction action) {
        return action.status() == PlannedAction.Status.NOT_STARTED || action.status() == PlannedAction.Status.IN_PROGRESS;
    }

    /** Open actions whose due date has passed, soonest due first. */
    public static List<PlannedAction> overdue(List<PlannedAction> plan, LocalDate today) {
        return plan.stream().filter(ActionFollowThrough::isOpen)
                .filter(a -> a.dueOn() != null && a.dueOn().isBefore(today))
                .sorted(java.util.Comparator.comparing(PlannedAction::dueOn)).toList();
    }

    /**
     * The open actions to review when a new round starts: every open action prompted by an earlier round (or by no
     * round), to be marked done, carried forward or dropped before the new round's own; those already decided at
     * this round ({@code reviewed}, action ids) are not asked again.
     */
    public static List<PlannedAction> toReview(List<PlannedAction> plan, Round newRound, List<Round> rounds,
                                               java.util.Set<Long> reviewed) {
        return plan.stream().filter(ActionFollowThrough::isOpen).filter(a -> !reviewed.contains(a.id()))
                .filter(a -> a.originRoundId() == null || rounds.stream()
                        .anyMatch(r -> r.id() == a.originRoundId() && r.date().isBefore(newRound.date())))
                .toList();
    }

    /** The round a practice is at now: its latest by date (then as added); empty before its first. */
    public static java.util.Optional<Round> currentRound(List<Round> rounds) {
        return rounds.stream().max(java.util.Comparator.comparing(Round::date).thenComparingLong(Round::id));
    }

    /** How many high-priority actions are open. */
    public static long openPriorities(List<PlannedAction> plan) {
        return plan.stream().filter(ActionFollowThrough::isOpen)
                .filter(a -> a.priority() == PlannedAction.Priority.HIGH).count();
    }

    /** The warning to show past the cap, in words; empty at or under it. */
    public static java.util.Optional<String> priorityWarning(List<PlannedAction> plan, int cap) {
        long open = openPriorities(plan);
        return open <= cap ? java.util.Optional.empty() : java.util.Optional.of(open + " high-priority actions are "
                + "open, more than your limit of " + cap + ": finish, drop or lower some, so the ones that matter "
                + "most get done.");
    }
}
