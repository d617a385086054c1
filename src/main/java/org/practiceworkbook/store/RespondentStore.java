package org.practiceworkbook.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
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
        Respondent draft = new Respondent(0, roundId, UUID.randomUUID(), name, role);
        long id = jdbc.insert("insert into respondent (round_id, public_id, name, role) values (?, ?, ?, ?)",
                roundId, draft.publicId(), draft.name(), draft.role().token());
        return new Respondent(id, roundId, draft.publicId(), draft.name(), draft.role());
    }

    /** A round's respondents in the order they were added. */
    public List<Respondent> list(long roundId) {
        return jdbc.list("select id, round_id, public_id, name, role from respondent where round_id = ? order by id",
                RespondentStore::respondent, roundId);
    }

    private static Respondent respondent(ResultSet row) throws SQLException {
        return new Respondent(row.getLong("id"), row.getLong("round_id"), row.getObject("public_id", UUID.class),
                row.getString("name"), Role.fromToken(row.getString("role")));
    }
}
