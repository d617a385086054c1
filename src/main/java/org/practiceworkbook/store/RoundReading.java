package org.practiceworkbook.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.practiceworkbook.assessment.Consensus;
import org.practiceworkbook.assessment.Practice;
import org.practiceworkbook.assessment.RespondentAnswers;
import org.practiceworkbook.assessment.Results;
import org.practiceworkbook.assessment.Round;
import org.practiceworkbook.assessment.RoundResults;
import org.practiceworkbook.assessment.WorkshopSettings;
import org.practiceworkbook.questionnaire.Questionnaire;

/**
 * Everything given for one questionnaire in one round, read from the workbook in one go: the questionnaire version
 * the round uses, each person's answers, the group's consensus and targets, and the workshop's settings. Runs on the
 * store thread.
 */
public record RoundReading(Questionnaire questionnaire, List<RespondentAnswers> people, Map<String, Consensus> consensus,
                           Map<String, Integer> targets, WorkshopSettings settings) {

    /**
     * Reads, and never writes: a round that has not used the questionnaire yet is read against the newest version
     * held (it then has no answers), without recording that version for it.
     */
    public static RoundReading read(Workbook workbook, Round round, String packId) {
        var version = workbook.rounds().questionnaires(round.id()).stream().filter(ref -> ref.id().equals(packId))
                .findFirst().or(() -> workbook.packs().latest(packId))
                .orElseThrow(() -> new org.practiceworkbook.assessment.InvalidInputException("questionnaire",
                        "the workbook holds no questionnaire \"" + packId + "\""));
        Questionnaire questionnaire = workbook.packs().load(version);
        var people = new ArrayList<RespondentAnswers>();
        for (var person : workbook.respondents().list(round.id())) {
            var answers = workbook.answers().forRespondent(person.id(), packId);
            if (!answers.isEmpty()) {
                people.add(new RespondentAnswers(person, answers));
            }
        }
        return new RoundReading(questionnaire, people, workbook.consensus().forRound(round.id(), packId),
                workbook.consensus().targets(round.id(), packId), workbook.workshops().settings(round.id()));
    }

    /** Every round of a practice, oldest first (by date, then as added), each read as above. */
    public static List<Read> history(Workbook workbook, Practice practice, String packId) {
        var rounds = new ArrayList<>(workbook.rounds().list(practice.id()));
        rounds.sort(java.util.Comparator.comparing(Round::date).thenComparing(Round::id));
        var out = new ArrayList<Read>();
        for (Round round : rounds) {
            out.add(new Read(round, read(workbook, round, packId)));
        }
        return out;
    }

    /** A round with what was read for it. */
    public record Read(Round round, RoundReading reading) {
    }

    /** The round's results, as the team's view shows them. */
    public RoundResults results(Practice practice) {
        return Results.of(questionnaire, practice.applicabilityTokens(), people, consensus, targets,
                settings.partnersOnly(questionnaire.id()));
    }
}
