package org.practiceworkbook.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.practiceworkbook.assessment.ActionFollowThrough;
import org.practiceworkbook.assessment.ActionReview;
import org.practiceworkbook.assessment.InvalidInputException;
import org.practiceworkbook.assessment.ItemRef;
import org.practiceworkbook.assessment.PlannedAction;

/** A practice's action plan: each action with the items it answers. */
public final class ActionStore {

    private static final String COLUMNS = "id, public_id, practice_id, origin_round_id, title, description, owner, "
            + "anchor, due_on, priority, status, success_measure, review_on";

    /** The most a practice may set its cap on high-priority actions to; past this, a cap means nothing. */
    public static final int MAX_PRIORITY_CAP = 20;

    private final Jdbc jdbc;

    ActionStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds an action (its id is ignored and given anew), with its linked items, as one commit. */
    public PlannedAction add(PlannedAction action) {
        return jdbc.inTransaction(() -> {
            long id = jdbc.insert("insert into action (public_id, practice_id, origin_round_id, title, description, "
                            + "owner, anchor, due_on, priority, status, success_measure, review_on) "
                            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    action.publicId(), action.practiceId(), action.originRoundId(), action.title(),
                    action.description(), action.owner(), action.anchor(), action.dueOn(), action.priority().token(),
                    action.status().token(), action.successMeasure(), action.reviewOn());
            linkItems(id, action.linkedItems());
            return action.withRowIds(id, action.practiceId(), action.originRoundId());
        });
    }

    /**
     * Saves an edited action over the stored one with its id, linked items included, as one commit. Its practice
     * and the round that prompted it stay as they were.
     */
    public void update(PlannedAction action) {
        jdbc.inTransaction(() -> {
            int changed = jdbc.update("update action set title = ?, description = ?, owner = ?, anchor = ?, "
                            + "due_on = ?, priority = ?, status = ?, success_measure = ?, review_on = ?, "
                            + "updated_at = current_timestamp where id = ?",
                    action.title(), action.description(), action.owner(), action.anchor(), action.dueOn(),
                    action.priority().token(), action.status().token(), action.successMeasure(), action.reviewOn(),
                    action.id());
            if (changed == 0) {
                throw new StoreException("The action \u201c" + action.title() + "\u201d is no longer in the workbook");
            }
            jdbc.update("delete from action_item where action_id = ?", action.id());
            linkItems(action.id(), action.linkedItems());
            return null;
        });
    }

    /** Removes an action and its links to items; nothing happens if it is already gone. */
    public void delete(long actionId) {
        jdbc.update("delete from action where id = ?", actionId);
    }

    /**
     * Records what the practice decided about an open action at a round, and the status that follows (done or
     * dropped; carrying it forward leaves it as it is), as one commit. Only the status changes: whatever else was
     * edited meanwhile stays. Deciding again at the same round replaces the earlier decision.
     */
    public void review(long actionId, long roundId, ActionReview outcome) {
        jdbc.inTransaction(() -> {
            outcome.closesAs().ifPresent(status -> jdbc.update("update action set status = ?, "
                    + "updated_at = current_timestamp where id = ?", status.token(), actionId));
            recordReview(actionId, roundId, outcome);
            return null;
        });
    }

    /** Records a decision made elsewhere (an imported workbook), leaving the action's status as it is. */
    public void recordReview(long actionId, long roundId, ActionReview outcome) {
        jdbc.update("merge into action_review (action_id, round_id, outcome) key (action_id, round_id) "
                + "values (?, ?, ?)", actionId, roundId, outcome.token());
    }

    /** Every review decision about a practice's actions: by action id, then by round id in the order made. */
    public Map<Long, Map<Long, ActionReview>> reviewsOf(long practiceId) {
        Map<Long, Map<Long, ActionReview>> out = new LinkedHashMap<>();
        jdbc.list("select r.action_id, r.round_id, r.outcome from action_review r join action a on a.id = r.action_id "
                        + "where a.practice_id = ? order by r.action_id, r.reviewed_at, r.round_id",
                row -> out.computeIfAbsent(row.getLong(1), k -> new LinkedHashMap<>())
                        .put(row.getLong(2), ActionReview.fromToken(row.getString(3))), practiceId);
        return out;
    }

    /** The actions decided at a round's review, by action id. */
    public Map<Long, ActionReview> reviewedAt(long roundId) {
        Map<Long, ActionReview> out = new LinkedHashMap<>();
        jdbc.list("select action_id, outcome from action_review where round_id = ? order by action_id",
                row -> out.put(row.getLong(1), ActionReview.fromToken(row.getString(2))), roundId);
        return out;
    }

    /** How many high-priority actions the practice means to carry at once (five unless it chose otherwise). */
    public int priorityCap(long practiceId) {
        return jdbc.one("select priority_cap from practice where id = ?", row -> row.getInt(1), practiceId)
                .orElse(ActionFollowThrough.DEFAULT_PRIORITY_CAP);
    }

    /** Sets the practice's cap on open high-priority actions, from 1 to 20. */
    public void setPriorityCap(long practiceId, int cap) {
        if (cap < 1 || cap > MAX_PRIORITY_CAP) {
            throw new InvalidInputException("priority cap", "the cap on high-priority actions must be from 1 to "
                    + MAX_PRIORITY_CAP + ", not " + cap);
        }
        jdbc.update("update practice set priority_cap = ? where id = ?", cap, practiceId);
    }

    /** A practice's actions in the order they were added. */
    public List<PlannedAction> list(long practiceId) {
        Map<Long, List<ItemRef>> linked = new LinkedHashMap<>();
        jdbc.list("select i.action_id, i.pack_id, i.item_id from action_item i join action a on a.id = i.action_id "
                        + "where a.practice_id = ? order by i.action_id, i.pack_id, i.item_id",
                row -> linked.computeIfAbsent(row.getLong(1), k -> new ArrayList<>())
                        .add(new ItemRef(row.getString(2), row.getString(3))), practiceId);
        return jdbc.list("select " + COLUMNS + " from action where practice_id = ? order by id",
                row -> action(row, linked.getOrDefault(row.getLong("id"), List.of())), practiceId);
    }

    /** Finds an action, in whichever practice, by the id that stays its own across exports. */
    public Optional<PlannedAction> findByPublicId(UUID publicId) {
        return jdbc.one("select id from action where public_id = ?", row -> row.getLong(1), publicId)
                .flatMap(id -> {
                    List<ItemRef> linked = jdbc.list("select pack_id, item_id from action_item where action_id = ? "
                            + "order by pack_id, item_id", row -> new ItemRef(row.getString(1), row.getString(2)), id);
                    return jdbc.one("select " + COLUMNS + " from action where id = ?", row -> action(row, linked), id);
                });
    }

    private void linkItems(long actionId, List<ItemRef> items) {
        for (ItemRef item : items.stream().distinct().toList()) {
            jdbc.update("insert into action_item (action_id, pack_id, item_id) values (?, ?, ?)",
                    actionId, item.packId(), item.itemId());
        }
    }

    private static PlannedAction action(ResultSet row, List<ItemRef> linked) throws SQLException {
        Long origin = row.getObject("origin_round_id", Long.class);
        return new PlannedAction(row.getLong("id"), row.getObject("public_id", UUID.class), row.getLong("practice_id"),
                origin, row.getString("title"), row.getString("description"), row.getString("owner"),
                row.getString("anchor"), Jdbc.date(row, "due_on"),
                PlannedAction.Priority.fromToken(row.getString("priority")),
                PlannedAction.Status.fromToken(row.getString("status")), row.getString("success_measure"),
                Jdbc.date(row, "review_on"), linked);
    }
}
