package org.practiceworkbook.ui.consensus;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.practiceworkbook.assessment.Consensus;
import org.practiceworkbook.assessment.Practice;
import org.practiceworkbook.assessment.RespondentAnswers;
import org.practiceworkbook.assessment.Round;
import org.practiceworkbook.assessment.WorkshopSettings;
import org.practiceworkbook.questionnaire.Questionnaire;
import org.practiceworkbook.store.Workbook;
import org.practiceworkbook.store.RoundReading;

/**
 * The store side of one consensus session: a practice's round and one questionnaire. Every method reads or writes
 * the workbook and so runs on the store thread, never the FX thread.
 */
public final class ConsensusSession {

    /** Everything the session starts from, read in one go. */
    public record Loaded(Questionnaire questionnaire, Set<String> practiceTokens, List<RespondentAnswers> people,
                         Map<String, Consensus> consensus, Map<String, Integer> targets, WorkshopSettings settings) {
    }

    private final Workbook workbook;
    private final Practice practice;
    private final Round round;
    private final String packId;
    private final String title;

    public ConsensusSession(Workbook workbook, Practice practice, Round round, String packId, String title) {
        this.workbook = workbook;
        this.practice = practice;
        this.round = round;
        this.packId = packId;
        this.title = title;
    }

    public String title() {
        return title;
    }

    String packId() {
        return packId;
    }

    Loaded load() {
        var reading = RoundReading.read(workbook, round, packId);
        return new Loaded(reading.questionnaire(), practice.applicabilityTokens(), reading.people(),
                reading.consensus(), reading.targets(), reading.settings());
    }

    /**
     * Each agreement, note and target is a resting point the room reached after minutes of talk, so it is forced onto
     * the disk at once (a few milliseconds), for a power cut in the middle of an away day.
     */
    void save(Consensus consensus) {
        if (consensus.value() == null && consensus.note() == null) {
            workbook.consensus().clear(round.id(), packId, consensus.itemId());
        } else {
            workbook.consensus().save(round.id(), packId, consensus);
        }
        workbook.sync();
    }

    void setTarget(String itemId, Integer level) {
        workbook.consensus().setTarget(round.id(), packId, itemId, level);
        workbook.sync();
    }

    void saveFlags(WorkshopSettings settings) {
        workbook.workshops().saveFlags(round.id(), settings);
    }

    void setPartnersOnly(String sectionId, boolean partnersOnly) {
        workbook.workshops().setPartnersOnly(round.id(), packId, sectionId, partnersOnly);
    }
}
