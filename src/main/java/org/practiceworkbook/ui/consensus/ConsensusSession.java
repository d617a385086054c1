package org.practiceworkbook.ui.consensus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.practiceworkbook.assessment.Consensus;
import org.practiceworkbook.assessment.Discussion;
import org.practiceworkbook.assessment.ItemDiscussion;
import org.practiceworkbook.assessment.Practice;
import org.practiceworkbook.assessment.RespondentAnswers;
import org.practiceworkbook.assessment.Round;
import org.practiceworkbook.assessment.WorkshopSettings;
import org.practiceworkbook.questionnaire.PackRef;
import org.practiceworkbook.questionnaire.Questionnaire;
import org.practiceworkbook.store.Workbook;

/**
 * The store side of one consensus session: a practice's round and one questionnaire. Every method reads or writes
 * the workbook and so runs on the store thread, never the FX thread.
 */
public final class ConsensusSession {

    /** Everything the session shows, read in one go. */
    public record Loaded(Questionnaire questionnaire, List<ItemDiscussion> discussion, WorkshopSettings settings,
                         Discussion.PartnersOnly partnersOnly, int peopleAnswering) {
        public Map<String, ItemDiscussion> byItem() {
            return discussion.stream().collect(Collectors.toMap(d -> d.item().id(), d -> d));
        }
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

    public Round round() {
        return round;
    }

    public Practice practice() {
        return practice;
    }

    Loaded load() {
        PackRef version = workbook.rounds().questionnaires(round.id()).stream()
                .filter(ref -> ref.id().equals(packId)).findFirst()
                .or(() -> workbook.packs().latest(packId))
                .orElseThrow(() -> new IllegalStateException("the workbook holds no questionnaire \"" + packId + "\""));
        Questionnaire questionnaire = workbook.packs().load(version);
        var people = new ArrayList<RespondentAnswers>();
        for (var person : workbook.respondents().list(round.id())) {
            var answers = workbook.answers().forRespondent(person.id(), packId);
            if (!answers.isEmpty()) {
                people.add(new RespondentAnswers(person, answers));
            }
        }
        WorkshopSettings settings = workbook.workshops().settings(round.id());
        var partnersOnly = new Discussion.PartnersOnly(settings.partnersOnlySections(packId),
                settings.partnersOnlyIncluded());
        var discussion = Discussion.build(questionnaire, practice.applicabilityTokens(), people,
                workbook.consensus().forRound(round.id(), packId), workbook.consensus().targets(round.id(), packId),
                partnersOnly);
        return new Loaded(questionnaire, discussion, settings, partnersOnly, people.size());
    }

    void save(Consensus consensus) {
        if (consensus.value() == null && consensus.note() == null) {
            workbook.consensus().clear(round.id(), packId, consensus.itemId());
        } else {
            ensureVersionRecorded();
            workbook.consensus().save(round.id(), packId, consensus);
        }
    }

    void setTarget(String itemId, Integer level) {
        ensureVersionRecorded();
        workbook.consensus().setTarget(round.id(), packId, itemId, level);
    }

    void saveSettings(WorkshopSettings settings) {
        workbook.workshops().save(round.id(), settings);
    }

    void setPartnersOnly(String sectionId, boolean partnersOnly) {
        workbook.workshops().setPartnersOnly(round.id(), packId, sectionId, partnersOnly);
    }

    /** A consensus means something only against the version it was agreed on: record it if nobody answered yet. */
    private void ensureVersionRecorded() {
        if (workbook.rounds().questionnaires(round.id()).stream().noneMatch(ref -> ref.id().equals(packId))) {
            workbook.rounds().useQuestionnaire(round.id(), workbook.packs().latest(packId).orElseThrow());
        }
    }
}
