package org.practiceworkbook.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.practiceworkbook.assessment.Respondent;
import org.practiceworkbook.assessment.Role;

/** The people answering in each round. */
public final class RespondentStore {

    private final Jdbc jdbc;

    RespondentStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public Respondent add(long roundId, String name, Role role) {
        return add(roundId, UUID.randomUUID(), name, role);
    }

    /** Adds a respondent under the id they have elsewhere: answers imported from another laptop. */
    public Respondent add(long roundId, UUID publicId, String name, Role role) {
        Respondent draft = new Respondent(0, roundId, publicId, name, role);
        long id = jdbc.insert("insert into respondent (round_id, public_id, name, role) values (?, ?, ?, ?)",
                roundId, draft.publicId(), draft.name(), draft.role().token());
        return new Respondent(id, roundId, draft.publicId(), draft.name(), draft.role());
    }

    /** A round's respondents in the order they were added. */
    public List<Respondent> list(long roundId) {
        return jdbc.list("select id, round_id, public_id, name, role from respondent where round_id = ? order by id",
                RespondentStore::respondent, roundId);
    }

    public Optional<Respondent> find(long respondentId) {
        return jdbc.one("select id, round_id, public_id, name, role from respondent where id = ?",
                RespondentStore::respondent, respondentId);
    }

    /** Finds a respondent, in whichever round, by the id that stays theirs across exports. */
    public Optional<Respondent> findByPublicId(UUID publicId) {
        return jdbc.one("select id, round_id, public_id, name, role from respondent where public_id = ?",
                RespondentStore::respondent, publicId);
    }

    /** What deleting a respondent takes with them: their answers, notes included. */
    public DeletionImpact deletionImpact(long respondentId) {
        return new DeletionImpact(0, 0, jdbc.count("select count(*) from answer where respondent_id = ?", respondentId),
                0);
    }

    /**
     * Deletes a respondent with every answer and note they gave and where they had got to, in one commit. The
     * round's agreed consensus stays: the group agreed it, not this person.
     *
     * @return whether they were still in the workbook
     */
    public boolean delete(long respondentId) {
        return jdbc.update("delete from respondent where id = ?", respondentId) > 0;
    }

    /** Remembers the item a respondent is on in a questionnaire, so reopening them resumes there. */
    public void savePosition(long respondentId, String packId, String itemId) {
        jdbc.update("merge into respondent_position (respondent_id, pack_id, item_id, updated_at) "
                + "key (respondent_id, pack_id) values (?, ?, ?, ?)", respondentId, packId, itemId, Instant.now());
    }

    /** The item a respondent was last on in a questionnaire, if they have started it. */
    public Optional<String> position(long respondentId, String packId) {
        return jdbc.one("select item_id from respondent_position where respondent_id = ? and pack_id = ?",
                row -> row.getString(1), respondentId, packId);
    }

    private static Respondent respondent(ResultSet row) throws SQLException {
        return new Respondent(row.getLong("id"), row.getLong("round_id"), row.getObject("public_id", UUID.class),
                row.getString("name"), Role.fromToken(row.getString("role")));
    }
}
