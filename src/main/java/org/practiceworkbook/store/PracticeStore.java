package org.practiceworkbook.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.practiceworkbook.assessment.InvalidInputException;
import org.practiceworkbook.assessment.OrganisationalModel;
import org.practiceworkbook.assessment.Practice;

/** The practices in a workbook. */
public final class PracticeStore {

    private static final String COLUMNS = "id, name, ods_code, model, pcn, federation";

    private final Jdbc jdbc;

    PracticeStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds a practice; its name (case and spacing ignored) and ODS code must be new to the workbook. */
    public Practice add(String name, String odsCode, OrganisationalModel model, String pcn, String federation) {
        return add(UUID.randomUUID(), name, odsCode, model, pcn, federation);
    }

    /** Adds a practice under the public id it has elsewhere (an imported workbook). */
    public Practice add(UUID publicId, String name, String odsCode, OrganisationalModel model, String pcn,
                        String federation) {
        Practice draft = new Practice(0, name, odsCode, model, pcn, federation);
        return jdbc.inTransaction(() -> {
            requireUnique(draft);
            long id = jdbc.insert("insert into practice (public_id, name, name_key, ods_code, model, pcn, federation) "
                            + "values (?, ?, ?, ?, ?, ?, ?)", publicId, draft.name(), draft.nameKey(), draft.odsCode(),
                    draft.model().token(), draft.pcn(), draft.federation());
            return new Practice(id, draft.name(), draft.odsCode(), draft.model(), draft.pcn(), draft.federation());
        });
    }

    /** Saves a changed name, ODS code, model or memberships. */
    public Practice update(Practice practice) {
        return jdbc.inTransaction(() -> {
            requireUnique(practice);
            int changed = jdbc.update("update practice set name = ?, name_key = ?, ods_code = ?, model = ?, pcn = ?, "
                            + "federation = ? where id = ?", practice.name(), practice.nameKey(), practice.odsCode(),
                    practice.model().token(), practice.pcn(), practice.federation(), practice.id());
            if (changed == 0) {
                throw new StoreException("the practice \"" + practice.name() + "\" is no longer in the workbook");
            }
            return practice;
        });
    }

    public List<Practice> list() {
        return jdbc.list("select " + COLUMNS + " from practice order by name_key", PracticeStore::practice);
    }

    public Optional<Practice> find(long id) {
        return jdbc.one("select " + COLUMNS + " from practice where id = ?", PracticeStore::practice, id);
    }

    /** Finds a practice by name, case and spacing ignored. */
    public Optional<Practice> findByName(String name) {
        return jdbc.one("select " + COLUMNS + " from practice where name_key = ?", PracticeStore::practice,
                Practice.nameKey(name));
    }

    /** Finds a practice by its ODS code (letters in any case). */
    public Optional<Practice> findByOdsCode(String odsCode) {
        return jdbc.one("select " + COLUMNS + " from practice where ods_code = ?", PracticeStore::practice,
                Practice.normaliseOdsCode(odsCode));
    }

    /** The id that stays the practice's own when its workbook is exported and imported elsewhere. */
    public UUID publicId(long practiceId) {
        return jdbc.one("select public_id from practice where id = ?", row -> row.getObject(1, UUID.class), practiceId)
                .orElseThrow(() -> new StoreException("the practice is no longer in the workbook"));
    }

    public Optional<Practice> findByPublicId(UUID publicId) {
        return jdbc.one("select " + COLUMNS + " from practice where public_id = ?", PracticeStore::practice, publicId);
    }

    public DeletionImpact deletionImpact(long practiceId) {
        return new DeletionImpact(
                jdbc.count("select count(*) from assessment_round where practice_id = ?", practiceId),
                jdbc.count("select count(*) from respondent r join assessment_round o on o.id = r.round_id "
                        + "where o.practice_id = ?", practiceId),
                jdbc.count("select count(*) from answer a join respondent r on r.id = a.respondent_id "
                        + "join assessment_round o on o.id = r.round_id where o.practice_id = ?", practiceId),
                jdbc.count("select count(*) from action where practice_id = ?", practiceId));
    }

    /** Deletes the practice with all its rounds, respondents, answers and actions, in one commit. */
    public void delete(long practiceId) {
        jdbc.update("delete from practice where id = ?", practiceId);
    }

    private void requireUnique(Practice practice) {
        jdbc.one("select name from practice where name_key = ? and id <> ?", row -> row.getString(1),
                practice.nameKey(), practice.id()).ifPresent(existing -> {
                    throw new InvalidInputException("practice name",
                            "there is already a practice called \"" + existing + "\" in this workbook");
                });
        if (practice.odsCode() != null) {
            jdbc.one("select name from practice where ods_code = ? and id <> ?", row -> row.getString(1),
                    practice.odsCode(), practice.id()).ifPresent(existing -> {
                        throw new InvalidInputException("ODS code",
                                "the ODS code " + practice.odsCode() + " is already used by \"" + existing + "\"");
                    });
        }
    }

    private static Practice practice(ResultSet row) throws SQLException {
        return new Practice(row.getLong("id"), row.getString("name"), row.getString("ods_code"),
                OrganisationalModel.fromToken(row.getString("model")), row.getString("pcn"), row.getString("federation"));
    }
}
