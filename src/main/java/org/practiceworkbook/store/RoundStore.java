package org.practiceworkbook.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.practiceworkbook.assessment.InvalidInputException;
import org.practiceworkbook.assessment.Round;
import org.practiceworkbook.assessment.RoundFacts;
import org.practiceworkbook.questionnaire.PackRef;
import org.practiceworkbook.questionnaire.PackVersion;

/** The assessment rounds of each practice, with the facts recorded for each, and the questionnaires they use. */
public final class RoundStore {

    private static final String COLUMNS = "id, practice_id, label, held_on, list_size, management_wte, gp_partners, "
            + "salaried_gps, deprivation_decile";

    private final Jdbc jdbc;

    RoundStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public Round add(long practiceId, String label, LocalDate date, RoundFacts facts) {
        return add(UUID.randomUUID(), practiceId, label, date, facts);
    }

    /** Adds a round under the public id it has elsewhere (an imported workbook). */
    public Round add(UUID publicId, long practiceId, String label, LocalDate date, RoundFacts facts) {
        Round draft = new Round(0, practiceId, label, date, facts);
        return jdbc.inTransaction(() -> {
            requireUniqueLabel(draft);
            RoundFacts f = draft.facts();
            long id = jdbc.insert("insert into assessment_round (public_id, practice_id, label, label_key, held_on, "
                            + "list_size, management_wte, gp_partners, salaried_gps, deprivation_decile) "
                            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    publicId, practiceId, draft.label(), key(draft.label()), draft.date(), f.listSize(), f.managementWte(),
                    f.gpPartners(), f.salariedGps(), f.deprivationDecile());
            return new Round(id, practiceId, draft.label(), draft.date(), f);
        });
    }

    /** Saves a changed label, date or facts. */
    public Round update(Round round) {
        return jdbc.inTransaction(() -> {
            requireUniqueLabel(round);
            RoundFacts f = round.facts();
            int changed = jdbc.update("update assessment_round set label = ?, label_key = ?, held_on = ?, list_size = ?, "
                            + "management_wte = ?, gp_partners = ?, salaried_gps = ?, deprivation_decile = ? where id = ?",
                    round.label(), key(round.label()), round.date(), f.listSize(), f.managementWte(), f.gpPartners(),
                    f.salariedGps(), f.deprivationDecile(), round.id());
            if (changed == 0) {
                throw new StoreException("the round \"" + round.label() + "\" is no longer in the workbook");
            }
            return round;
        });
    }

    /** A practice's rounds, newest first. */
    public List<Round> list(long practiceId) {
        return jdbc.list("select " + COLUMNS + " from assessment_round where practice_id = ? order by held_on desc, id desc",
                RoundStore::round, practiceId);
    }

    public Optional<Round> findByLabel(long practiceId, String label) {
        return jdbc.one("select " + COLUMNS + " from assessment_round where practice_id = ? and label_key = ?",
                RoundStore::round, practiceId, key(Round.requireLabel(label)));
    }

    /** The id that stays the round's own when its workbook is exported and imported elsewhere. */
    public UUID publicId(long roundId) {
        return jdbc.one("select public_id from assessment_round where id = ?", row -> row.getObject(1, UUID.class),
                roundId).orElseThrow(() -> new StoreException("the round is no longer in the workbook"));
    }

    /** Finds a round, in whichever practice, by the id that stays its own across exports. */
    public Optional<Round> findByPublicId(UUID publicId) {
        return jdbc.one("select " + COLUMNS + " from assessment_round where public_id = ?", RoundStore::round, publicId);
    }

    public Optional<Round> find(long roundId) {
        return jdbc.one("select " + COLUMNS + " from assessment_round where id = ?", RoundStore::round, roundId);
    }

    public DeletionImpact deletionImpact(long roundId) {
        return new DeletionImpact(0,
                jdbc.count("select count(*) from respondent where round_id = ?", roundId),
                jdbc.count("select count(*) from answer a join respondent r on r.id = a.respondent_id where r.round_id = ?",
                        roundId),
                0);
    }

    /** Deletes the round with its respondents, answers, consensus and targets, in one commit. */
    public void delete(long roundId) {
        jdbc.update("delete from assessment_round where id = ?", roundId);
    }

    /** What anonymising a round would change: how many people it has, and the notes it holds. */
    public record AnonymisingImpact(long people, long answerNotes, long discussionNotes) {
    }

    public AnonymisingImpact anonymisingImpact(long roundId) {
        return new AnonymisingImpact(
                jdbc.count("select count(*) from respondent where round_id = ?", roundId),
                jdbc.count("select count(*) from answer a join respondent r on r.id = a.respondent_id "
                        + "where r.round_id = ? and a.note is not null", roundId),
                jdbc.count("select count(*) from consensus where round_id = ? and note is not null", roundId));
    }

    /**
     * Removes who said what from a round, in one commit: every respondent is renamed "Respondent 1", "Respondent 2"…
     * in the order they were added, keeping their role so results still read by role. With {@code removeNotes},
     * every note is removed too: those beside people's answers and the group's discussion notes (which name people
     * as often as not); an answer or consensus that was only a note goes with it. Cannot be undone.
     */
    public AnonymisingImpact anonymise(long roundId, boolean removeNotes) {
        return jdbc.inTransaction(() -> {
            AnonymisingImpact before = anonymisingImpact(roundId);
            var ids = jdbc.list("select id from respondent where round_id = ? order by id", row -> row.getLong(1),
                    roundId);
            for (int i = 0; i < ids.size(); i++) {
                jdbc.update("update respondent set name = ? where id = ?", "Respondent " + (i + 1), ids.get(i));
            }
            if (!removeNotes) {
                return new AnonymisingImpact(before.people(), 0, 0);
            }
            String inRound = " where respondent_id in (select id from respondent where round_id = ?)";
            jdbc.update("update answer set note = null" + inRound, roundId);
            jdbc.update("delete from answer" + inRound + " and level is null and special is null", roundId);
            jdbc.update("update consensus set note = null where round_id = ?", roundId);
            jdbc.update("delete from consensus where round_id = ? and level is null and special is null", roundId);
            return before;
        });
    }

    /** Records that the round uses this version of a questionnaire (which must be stored in the workbook). */
    public void useQuestionnaire(long roundId, PackRef pack) {
        jdbc.update("merge into round_questionnaire (round_id, pack_id, major, minor) key (round_id, pack_id) "
                + "values (?, ?, ?, ?)", roundId, pack.id(), pack.version().major(), pack.version().minor());
    }

    public List<PackRef> questionnaires(long roundId) {
        return jdbc.list("select pack_id, major, minor from round_questionnaire where round_id = ? order by pack_id",
                row -> new PackRef(row.getString(1), new PackVersion(row.getInt(2), row.getInt(3))), roundId);
    }

    private void requireUniqueLabel(Round round) {
        jdbc.one("select label from assessment_round where practice_id = ? and label_key = ? and id <> ?",
                row -> row.getString(1), round.practiceId(), key(round.label()), round.id()).ifPresent(existing -> {
                    throw new InvalidInputException("label",
                            "this practice already has a round called \"" + existing + "\"");
                });
    }

    private static String key(String label) {
        return label.toLowerCase(Locale.ROOT);
    }

    private static Round round(ResultSet row) throws SQLException {
        return new Round(row.getLong("id"), row.getLong("practice_id"), row.getString("label"),
                Jdbc.date(row, "held_on"), new RoundFacts(Jdbc.integer(row, "list_size"),
                row.getBigDecimal("management_wte"), Jdbc.integer(row, "gp_partners"), Jdbc.integer(row, "salaried_gps"),
                Jdbc.integer(row, "deprivation_decile")));
    }
}
