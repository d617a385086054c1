package org.practiceworkbook.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.practiceworkbook.questionnaire.Item;
import org.practiceworkbook.questionnaire.Questionnaire;
import org.practiceworkbook.questionnaire.Section;

/**
 * Builds what a workshop discusses, item by item, from a round's answers, consensus and targets. A section marked
 * "partners only" is scored by partners alone, and left out of the whole team's view unless the facilitator
 * includes it.
 */
public final class Discussion {

    /** The order the room takes items in. */
    public enum Order {
        /** As the questionnaire asks them. */
        QUESTIONNAIRE("Questionnaire order"),
        /** Widest spread of scores first: where the room most needs to talk. */
        DISAGREEMENT("Most disagreement first"),
        /** Furthest below target first: where action matters most. */
        GAP("Largest gap to target first");

        private final String label;

        Order(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** Which sections are for partners only, and whether the whole team's view shows them. */
    public record PartnersOnly(Set<String> sectionIds, boolean included) {
        public static final PartnersOnly NONE = new PartnersOnly(Set.of(), false);

        public PartnersOnly {
            sectionIds = Set.copyOf(sectionIds);
        }

        public boolean isPartnersOnly(Section section) {
            return sectionIds.contains(section.id());
        }

        /** Whether a person is asked this section's items at all. */
        public boolean asks(Section section, Role role) {
            return !isPartnersOnly(section) || role.isPartner();
        }
    }

    private Discussion() {
    }

    /** Every item asked of this practice, in questionnaire order, leaving out partners-only sections not included. */
    public static List<ItemDiscussion> build(Questionnaire questionnaire, Set<String> practiceTokens,
                                             List<RespondentAnswers> people, Map<String, Consensus> consensus,
                                             Map<String, Integer> targets, PartnersOnly partnersOnly) {
        Map<String, AnswerValue> agreed = new java.util.HashMap<>();
        consensus.forEach((id, c) -> {
            if (c.value() != null) {
                agreed.put(id, c.value());
            }
        });
        var out = new ArrayList<ItemDiscussion>();
        for (Section section : questionnaire.sections()) {
            if (partnersOnly.isPartnersOnly(section) && !partnersOnly.included()) {
                continue;
            }
            List<RespondentAnswers> scoring = people.stream()
                    .filter(p -> partnersOnly.asks(section, p.respondent().role())).toList();
            var responses = new RoundResponses(scoring.stream().map(Discussion::values).toList(), agreed, targets);
            for (Item item : section.items()) {
                ItemScore score = Scorer.scoreItem(item, questionnaire.levelCount(), practiceTokens, responses);
                if (score.status() == ItemStatus.SKIPPED_FOR_MODEL) {
                    continue;
                }
                int answered = (int) scoring.stream().map(p -> p.answers().get(item.id()))
                        .filter(a -> a != null && a.value() != null).count();
                out.add(new ItemDiscussion(section, score, levelCounts(item, scoring, questionnaire.levelCount()),
                        answered, notes(item, scoring), Optional.ofNullable(consensus.get(item.id()))));
            }
        }
        return out;
    }

    /** The items in the order the room wants, questionnaire order among equals. */
    public static List<ItemDiscussion> sorted(List<ItemDiscussion> items, Order order) {
        Comparator<ItemDiscussion> by = switch (order) {
            case QUESTIONNAIRE -> (a, b) -> 0;
            case DISAGREEMENT -> Comparator.comparingInt((ItemDiscussion d) -> -d.score().spread().range())
                    .thenComparingDouble(d -> -d.score().spread().standardDeviation());
            case GAP -> Comparator.comparingDouble((ItemDiscussion d) -> -d.score().gap().orElse(Double.NEGATIVE_INFINITY));
        };
        return items.stream().sorted(by).toList();
    }

    /** A person's answer values by item id, leaving out notes without a value. */
    static Map<String, AnswerValue> values(RespondentAnswers person) {
        var values = new java.util.HashMap<String, AnswerValue>();
        person.answers().forEach((id, answer) -> {
            if (answer.value() != null) {
                values.put(id, answer.value());
            }
        });
        return values;
    }

    private static List<Integer> levelCounts(Item item, List<RespondentAnswers> people, int levelCount) {
        int[] counts = new int[levelCount];
        for (RespondentAnswers person : people) {
            Answer answer = person.answers().get(item.id());
            if (answer != null && answer.value() instanceof AnswerValue.Level level && level.value() <= levelCount) {
                counts[level.value() - 1]++;
            }
        }
        return java.util.Arrays.stream(counts).boxed().toList();
    }

    private static List<ItemDiscussion.Note> notes(Item item, List<RespondentAnswers> people) {
        var notes = new ArrayList<ItemDiscussion.Note>();
        for (RespondentAnswers person : people) {
            Answer answer = person.answers().get(item.id());
            if (answer != null && answer.note() != null) {
                notes.add(new ItemDiscussion.Note(person.respondent(), answer.value(), answer.note()));
            }
        }
        return notes;
    }
}
