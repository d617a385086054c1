package org.practiceworkbook.assessment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.practiceworkbook.questionnaire.Item;
import org.practiceworkbook.questionnaire.Questionnaire;
import org.practiceworkbook.questionnaire.Section;

/**
 * One respondent's answers to one questionnaire, with what a walk-through needs: which items are asked of this
 * practice (items for other organisational models are skipped), how far each section has got, and where the gaps
 * are. Immutable: {@link #with(Answer)} gives the sheet after one more answer.
 */
public final class AnswerSheet {

    /**
     * How far a section has got: answered of asked, and how many of those were "don't know". {@code partnersOnly}:
     * the section is for partners only and this person is not asked it.
     */
    public record SectionProgress(Section section, int answered, int asked, int dontKnow, int skipped,
                                  boolean partnersOnly) {
        public boolean isComplete() {
            return answered == asked;
        }
    }

    private final Questionnaire questionnaire;
    private final Set<String> practiceTokens;
    private final Set<String> sectionsNotAsked;
    private final Map<String, Answer> answers;
    private final List<Item> asked;
    private final Set<String> askedIds;

    public AnswerSheet(Questionnaire questionnaire, Set<String> practiceTokens, Map<String, Answer> answers) {
        this(questionnaire, practiceTokens, Set.of(), answers);
    }

    /** @param sectionsNotAsked sections this person is not asked at all (partners-only sections, for others) */
    public AnswerSheet(Questionnaire questionnaire, Set<String> practiceTokens, Set<String> sectionsNotAsked,
                       Map<String, Answer> answers) {
        this.questionnaire = questionnaire;
        this.practiceTokens = Set.copyOf(practiceTokens);
        this.sectionsNotAsked = Set.copyOf(sectionsNotAsked);
        this.answers = Map.copyOf(answers);
        this.asked = questionnaire.sections().stream()
                .filter(section -> !this.sectionsNotAsked.contains(section.id()))
                .flatMap(section -> section.items().stream())
                .filter(item -> item.appliesTo().appliesTo(this.practiceTokens))
                .toList();
        this.askedIds = asked.stream().map(Item::id).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    public Questionnaire questionnaire() {
        return questionnaire;
    }

    /** Whether the item is asked of this person: it applies to the practice, and its section is theirs to score. */
    public boolean isAsked(Item item) {
        return askedIds.contains(item.id());
    }

    /** The items asked of this practice, in questionnaire order. */
    public List<Item> askedItems() {
        return asked;
    }

    public Optional<Answer> answer(String itemId) {
        return Optional.ofNullable(answers.get(itemId));
    }

    /** An item counts as answered once it has a level, "not applicable" or "don't know"; a note alone does not. */
    public boolean isAnswered(Item item) {
        Answer answer = answers.get(item.id());
        return answer != null && answer.value() != null;
    }

    public SectionProgress progress(Section section) {
        int answered = 0;
        int askedHere = 0;
        int dontKnow = 0;
        for (Item item : section.items()) {
            if (!isAsked(item)) {
                continue;
            }
            askedHere++;
            if (isAnswered(item)) {
                answered++;
                if (answers.get(item.id()).value() instanceof AnswerValue.DontKnow) {
                    dontKnow++;
                }
            }
        }
        boolean notTheirs = sectionsNotAsked.contains(section.id());
        return new SectionProgress(section, answered, askedHere, dontKnow,
                notTheirs ? 0 : section.items().size() - askedHere, notTheirs);
    }

    public List<SectionProgress> sectionProgress() {
        return questionnaire.sections().stream().map(this::progress).toList();
    }

    public int answeredCount() {
        return (int) asked.stream().filter(this::isAnswered).count();
    }

    public int askedCount() {
        return asked.size();
    }

    public boolean isComplete() {
        return answeredCount() == askedCount();
    }

    /** The first unanswered item at or after {@code fromIndex} (in asked order), wrapping round to the start. */
    public Optional<Integer> nextUnanswered(int fromIndex) {
        for (int step = 0; step < asked.size(); step++) {
            int index = Math.floorMod(fromIndex + step, asked.size());
            if (!isAnswered(asked.get(index))) {
                return Optional.of(index);
            }
        }
        return Optional.empty();
    }

    /** The unanswered items of a section, in order. */
    public List<Item> unanswered(Section section) {
        return section.items().stream().filter(this::isAsked).filter(i -> !isAnswered(i)).toList();
    }

    /** The sheet after this answer is given (or changed). */
    public AnswerSheet with(Answer answer) {
        var changed = new HashMap<>(answers);
        changed.put(answer.itemId(), answer);
        return new AnswerSheet(questionnaire, practiceTokens, sectionsNotAsked, changed);
    }
}
