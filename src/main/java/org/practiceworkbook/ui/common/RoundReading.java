package org.practiceworkbook.ui.common;

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
import org.practiceworkbook.store.Workbook;

/**
 * Everything given for one questionnaire in one round, read from the workbook in one go: the questionnaire version
 * the round uses, each person's answers, the group's consensus and targets, and the workshop's settings. Runs on the
 * store thread.
 */
public record RoundReading(Questionnaire questionnaire, List<RespondentAnswers> people, Map<String, Consensus> consensus,
                           Map<String, Integer> targets, WorkshopSettings settings) {

    public static RoundReading read(Workbook workbook, Round round, String packId) {
        Questionnaire questionnaire = workbook.packs().load(workbook.questionnaireFor(round.id(), packId));
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

    /** The round's results, as the team's view shows them. */
    public RoundResults results(Practice practice) {
        return Results.of(questionnaire, practice.applicabilityTokens(), people, consensus, targets,
                settings.partnersOnly(questionnaire.id()));
    }
}
