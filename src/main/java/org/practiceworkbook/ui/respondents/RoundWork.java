package org.practiceworkbook.ui.respondents;

import org.practiceworkbook.assessment.Respondent;

/** The work a round leads to, each opening in place of the practice: answering, agreeing, typing in paper sheets. */
public interface RoundWork {

    /** A person answers a questionnaire, from where they stopped. */
    void answer(Respondent respondent, String packId);

    /** The room agrees the group's level for each item of a questionnaire. */
    void agree(String packId);

    /** The practice's results for a questionnaire, starting at this round. */
    void results(String packId);

    /** The facilitator types in paper score sheets for a questionnaire. */
    void typePaperScores(String packId);
}
