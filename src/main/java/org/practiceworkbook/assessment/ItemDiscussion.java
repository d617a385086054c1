package org.practiceworkbook.assessment;

import java.util.List;
import java.util.Optional;

import org.practiceworkbook.questionnaire.Item;
import org.practiceworkbook.questionnaire.Section;

/**
 * What a workshop looks at for one item: how many chose each level, the spread, each person's note, and what the
 * group has agreed so far.
 *
 * @param levelCounts how many chose each level, level 1 first
 * @param answered    how many gave any answer: a level, not applicable or don't know
 * @param notes       the notes people wrote, in the order they joined the round
 */
public record ItemDiscussion(Section section, ItemScore score, List<Integer> levelCounts, int answered,
                             List<Note> notes, Optional<Consensus> consensus) {

    /** A note one person wrote, with what they chose; shown by role unless the facilitator shows names. */
    public record Note(Respondent respondent, AnswerValue value, String text) {
    }

    public ItemDiscussion {
        levelCounts = List.copyOf(levelCounts);
        notes = List.copyOf(notes);
    }

    public Item item() {
        return score.item();
    }

    /** How many chose this level (1 to N). */
    public int count(int level) {
        return levelCounts.get(level - 1);
    }
}
