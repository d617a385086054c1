package org.practiceworkbook.ui.walkthrough;

import java.time.Clock;
import java.util.function.Consumer;

import org.practiceworkbook.assessment.AnswerSheet;
import org.practiceworkbook.assessment.Practice;
import org.practiceworkbook.assessment.Respondent;
import org.practiceworkbook.questionnaire.PackRef;
import org.practiceworkbook.questionnaire.Questionnaire;
import org.practiceworkbook.store.Workbook;
import org.practiceworkbook.ui.common.BackgroundTasks;

/**
 * Opens a respondent's walk-through off the FX thread: the questionnaire version the round uses (the newest one,
 * recorded for the round, when it is the round's first use), their answers so far, and the item they were on.
 */
public final class WalkthroughLoader {

    private final Workbook workbook;
    private final BackgroundTasks tasks;
    private final Clock clock;

    public WalkthroughLoader(Workbook workbook, BackgroundTasks tasks, Clock clock) {
        this.workbook = workbook;
        this.tasks = tasks;
        this.clock = clock;
    }

    public void open(Practice practice, Respondent respondent, String packId, Consumer<WalkthroughViewModel> then,
                     Consumer<Exception> failed) {
        tasks.run(() -> load(practice, respondent, packId), then, failed);
    }

    private WalkthroughViewModel load(Practice practice, Respondent respondent, String packId) {
        PackRef version = workbook.questionnaireFor(respondent.roundId(), packId);
        Questionnaire questionnaire = workbook.packs().load(version);
        var sheet = new AnswerSheet(questionnaire, practice.applicabilityTokens(),
                workbook.workshops().settings(respondent.roundId()).sectionsNotAskedOf(packId, respondent.role()),
                workbook.answers().forRespondent(respondent.id(), packId));
        int start = workbook.respondents().position(respondent.id(), packId)
                .flatMap(itemId -> sheet.askedItems().stream().filter(i -> i.id().equals(itemId)).findFirst())
                .map(item -> sheet.askedItems().indexOf(item))
                .orElse(0);
        return new WalkthroughViewModel(workbook, tasks, clock, respondent, practice.name(), sheet, start);
    }
}
