package org.practiceworkbook.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.practiceworkbook.assessment.AnswerValue;
import org.practiceworkbook.assessment.Consensus;
import org.practiceworkbook.assessment.ItemRef;

/** What a round's group agreed for each item, and the level it aims for. Each save is its own commit. */
public final class ConsensusStore {

    private final Jdbc jdbc;

    ConsensusStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Saves (or replaces) the group's level and discussion note for one item. */
    public void save(long roundId, String packId, Consensus consensus) {
        jdbc.update("merge into consensus (round_id, pack_id, item_id, level, special, note, decided_at) "
                        + "key (round_id, pack_id, item_id) values (?, ?, ?, ?, ?, ?, ?)",
                roundId, packId, consensus.itemId(), AnswerStore.level(consensus.value()),
                AnswerStore.special(consensus.value()), consensus.note(), consensus.decidedAt());
    }

    /** Takes back an item's consensus, as if the group had not yet agreed one. */
    public void clear(long roundId, String packId, String itemId) {
        jdbc.update("delete from consensus where round_id = ? and pack_id = ? and item_id = ?", roundId, packId, itemId);
    }

    /** A round's consensus for one questionnaire, by item id. */
    public Map<String, Consensus> forRound(long roundId, String packId) {
        var out = new LinkedHashMap<String, Consensus>();
        jdbc.list("select item_id, level, special, note, decided_at from consensus where round_id = ? and pack_id = ? "
                + "order by item_id", ConsensusStore::consensus, roundId, packId).forEach(c -> out.put(c.itemId(), c));
        return out;
    }

    /** A round's consensus for every questionnaire, by pack id then item id. */
    public Map<ItemRef, Consensus> forRound(long roundId) {
        var out = new LinkedHashMap<ItemRef, Consensus>();
        jdbc.list("select pack_id, item_id, level, special, note, decided_at from consensus where round_id = ? "
                        + "order by pack_id, item_id",
                row -> out.put(new ItemRef(row.getString("pack_id"), row.getString("item_id")), consensus(row)), roundId);
        return out;
    }

    /** Sets the level a round aims for on one item; null removes it (the pack's default then applies). */
    public void setTarget(long roundId, String packId, String itemId, Integer level) {
        if (level == null) {
            jdbc.update("delete from target where round_id = ? and pack_id = ? and item_id = ?", roundId, packId, itemId);
        } else {
            jdbc.update("merge into target (round_id, pack_id, item_id, level) key (round_id, pack_id, item_id) "
                    + "values (?, ?, ?, ?)", roundId, packId, itemId, level);
        }
    }

    /** A round's target levels for one questionnaire, by item id. */
    public Map<String, Integer> targets(long roundId, String packId) {
        var out = new LinkedHashMap<String, Integer>();
        jdbc.list("select item_id, level from target where round_id = ? and pack_id = ? order by item_id",
                row -> out.put(row.getString(1), row.getInt(2)), roundId, packId);
        return out;
    }

    /** A round's target levels for every questionnaire, by pack id then item id. */
    public Map<ItemRef, Integer> targets(long roundId) {
        var out = new LinkedHashMap<ItemRef, Integer>();
        jdbc.list("select pack_id, item_id, level from target where round_id = ? order by pack_id, item_id",
                row -> out.put(new ItemRef(row.getString(1), row.getString(2)), row.getInt(3)), roundId);
        return out;
    }

    private static Consensus consensus(ResultSet row) throws SQLException {
        AnswerValue value = AnswerStore.value(row);
        return new Consensus(row.getString("item_id"), value, row.getString("note"), Jdbc.instant(row, "decided_at"));
    }
}
