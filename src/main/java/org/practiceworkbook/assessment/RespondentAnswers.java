package org.practiceworkbook.assessment;

import java.util.Map;

/** One person's answers to one questionnaire in a round, with who they are. */
public record RespondentAnswers(Respondent respondent, Map<String, Answer> answers) {

    public RespondentAnswers {
        answers = Map.copyOf(answers);
    }
}
