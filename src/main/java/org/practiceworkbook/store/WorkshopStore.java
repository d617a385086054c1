package org.practiceworkbook.store;

import java.util.LinkedHashSet;
import java.util.Set;

import org.practiceworkbook.assessment.WorkshopSettings;

/** A round's workshop settings, and its sections marked "partners only". Each change is its own commit. */
public final class WorkshopStore {

    private final Jdbc jdbc;

    WorkshopStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** How the round is shown in a workshop: revealed, names shown, partners-only sections. */
    public WorkshopSettings settings(long roundId) {
        var sections = jdbc.list("select pack_id, section_id from partners_only_section where round_id = ? "
                        + "order by pack_id, section_id",
                row -> new WorkshopSettings.SectionRef(row.getString(1), row.getString(2)), roundId);
        return jdbc.one("select revealed, names_shown, partners_only_included from assessment_round where id = ?",
                        row -> new WorkshopSettings(row.getBoolean(1), row.getBoolean(2), row.getBoolean(3), sections),
                        roundId)
                .orElseThrow(() -> new StoreException("the round is no longer in the workbook"));
    }

    /** Saves all of a round's workshop settings, its partners-only sections included, as one commit. */
    public void save(long roundId, WorkshopSettings settings) {
        jdbc.inTransaction(() -> {
            int changed = jdbc.update("update assessment_round set revealed = ?, names_shown = ?, "
                            + "partners_only_included = ? where id = ?", settings.revealed(), settings.namesShown(),
                    settings.partnersOnlyIncluded(), roundId);
            if (changed == 0) {
                throw new StoreException("the round is no longer in the workbook");
            }
            jdbc.update("delete from partners_only_section where round_id = ?", roundId);
            for (WorkshopSettings.SectionRef section : settings.partnersOnlySections()) {
                jdbc.update("insert into partners_only_section (round_id, pack_id, section_id) values (?, ?, ?)",
                        roundId, section.packId(), section.sectionId());
            }
            return null;
        });
    }

    /**
     * Saves how the round's scores are shown (revealed, names, partners-only sections included), leaving which
     * sections are for partners as they are: those change one at a time, through {@link #setPartnersOnly}.
     */
    public void saveFlags(long roundId, WorkshopSettings settings) {
        int changed = jdbc.update("update assessment_round set revealed = ?, names_shown = ?, "
                        + "partners_only_included = ? where id = ?", settings.revealed(), settings.namesShown(),
                settings.partnersOnlyIncluded(), roundId);
        if (changed == 0) {
            throw new StoreException("the round is no longer in the workbook");
        }
    }

    /** The sections of a questionnaire that only partners score in this round. */
    public Set<String> partnersOnlySections(long roundId, String packId) {
        return new LinkedHashSet<>(jdbc.list("select section_id from partners_only_section where round_id = ? "
                + "and pack_id = ? order by section_id", row -> row.getString(1), roundId, packId));
    }

    public void setPartnersOnly(long roundId, String packId, String sectionId, boolean partnersOnly) {
        if (partnersOnly) {
            jdbc.update("merge into partners_only_section (round_id, pack_id, section_id) key (round_id, pack_id, "
                    + "section_id) values (?, ?, ?)", roundId, packId, sectionId);
        } else {
            jdbc.update("delete from partners_only_section where round_id = ? and pack_id = ? and section_id = ?",
                    roundId, packId, sectionId);
        }
    }
}
