package org.practiceworkbook.assessment;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Everything given for one questionnaire in one round: each respondent's answers by item id, the group's consensus
 * by item id, and the round's target levels by item id.
 */
public record RoundResponses(Collection<Map<String, AnswerValue>> respondents, Map<String, AnswerValue> consensus,
                             Map<String, Integer> targets) {

    public static final RoundResponses NONE = new RoundResponses(List.of(), Map.of(), Map.of());

    public RoundResponses {
        respondents = List.copyOf(respondents);
        consensus = Map.copyOf(consensus);
        targets = Map.copyOf(targets);
    }

    public static RoundResponses ofRespondents(Collection<Map<String, AnswerValue>> respondents) {
        return new RoundResponses(respondents, Map.of(), Map.of());
    }
}
