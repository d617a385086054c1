package org.practiceworkbook.ui.paper;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import org.practiceworkbook.assessment.Answer;
import org.practiceworkbook.assessment.AnswerValue;
import org.practiceworkbook.assessment.Practice;
import org.practiceworkbook.assessment.Respondent;
import org.practiceworkbook.assessment.Role;
import org.practiceworkbook.assessment.Round;
import org.practiceworkbook.assessment.WorkshopSettings;
import org.practiceworkbook.questionnaire.Item;
import org.practiceworkbook.questionnaire.Questionnaire;
import org.practiceworkbook.questionnaire.Section;
import org.practiceworkbook.store.Workbook;
import org.practiceworkbook.ui.common.BackgroundTasks;
import org.practiceworkbook.ui.common.Feedback;

/**
 * Paper score sheets typed in by the facilitator: a grid of items by people, each score saved the moment it is
 * typed. A section kept for partners is closed to everyone else's column.
 */
public final class PaperScoresViewModel {

    /** Everything the grid shows, read in one go off the FX thread. */
    public record Sheet(Questionnaire questionnaire, List<Item> items, List<Respondent> people,
                        Map<Long, Map<String, Answer>> answers, WorkshopSettings workshop) {

        public Optional<Answer> answer(Respondent person, Item item) {
            return Optional.ofNullable(answers.getOrDefault(person.id(), Map.of()).get(item.id()));
        }

        /** Whether this person is asked this item: a partners-only section is for partners alone. */
        public boolean asks(Respondent person, Item item) {
            return !workshop.sectionsNotAskedOf(questionnaire.id(), person.role()).contains(sectionOf(item).id());
        }

        public boolean isPartnersOnly(Section section) {
            return workshop.partnersOnlySections(questionnaire.id()).contains(section.id());
        }

        public Section sectionOf(Item item) {
            return questionnaire.sections().stream().filter(s -> s.items().contains(item)).findFirst().orElseThrow();
        }
    }

    private final Workbook workbook;
    private final BackgroundTasks tasks;
    private final Feedback feedback;
    private final Clock clock;
    private final Practice practice;
    private final Round round;
    private final String packId;
    private final ReadOnlyObjectWrapper<Sheet> sheet = new ReadOnlyObjectWrapper<>(this, "sheet");

    public PaperScoresViewModel(Workbook workbook, BackgroundTasks tasks, Feedback feedback, Clock clock,
                                Practice practice, Round round, String packId) {
        this.workbook = workbook;
        this.tasks = tasks;
        this.feedback = feedback;
        this.clock = clock;
        this.practice = practice;
        this.round = round;
        this.packId = packId;
        tasks.run(this::load, sheet::set, feedback::failed);
    }

    public ReadOnlyObjectProperty<Sheet> sheetProperty() {
        return sheet.getReadOnlyProperty();
    }

    public String practiceName() {
        return practice.name();
    }

    public String roundLabel() {
        return round.label();
    }

    /** Records what a person's sheet says for an item; null clears the score (a note written on it stays). */
    public void score(Respondent person, Item item, AnswerValue value) {
        Sheet now = sheet.get();
        if (now == null || !now.asks(person, item)) {
            return;
        }
        if (value instanceof AnswerValue.Level level && level.value() > now.questionnaire().levelCount()) {
            return;
        }
        String note = now.answer(person, item).map(Answer::note).orElse(null);
        var answer = new Answer(item.id(), value, note, clock.instant());
        var answers = new HashMap<>(now.answers());
        var theirs = new HashMap<>(answers.getOrDefault(person.id(), Map.of()));
        theirs.put(item.id(), answer);
        answers.put(person.id(), theirs);
        sheet.set(new Sheet(now.questionnaire(), now.items(), now.people(), answers, now.workshop()));
        tasks.run(() -> {
            // A cleared score with no note leaves nothing: an empty answer would count the person as answering.
            if (answer.value() == null && answer.note() == null) {
                workbook.answers().delete(person.id(), packId, item.id());
            } else {
                workbook.answers().save(person.id(), packId, answer);
            }
            return answer;
        }, saved -> feedback.saved(saved.value() == null ? "Cleared " + person.displayName() + "'s score"
                : "Saved " + person.displayName() + "'s score"), feedback::failed);
    }

    /** Adds a column for someone whose paper sheet has no column yet. */
    public void addPerson(String name, Role role) {
        tasks.run(() -> {
            workbook.respondents().add(round.id(), name, role);
            return load();
        }, loaded -> {
            sheet.set(loaded);
            feedback.saved("Added " + loaded.people().getLast().displayName());
        }, feedback::failed);
    }

    private Sheet load() {
        Questionnaire questionnaire = workbook.packs().load(workbook.questionnaireFor(round.id(), packId));
        List<Item> items = questionnaire.items()
                .filter(item -> item.appliesTo().appliesTo(practice.applicabilityTokens())).toList();
        var people = workbook.respondents().list(round.id());
        var answers = new HashMap<Long, Map<String, Answer>>();
        for (Respondent person : people) {
            answers.put(person.id(), workbook.answers().forRespondent(person.id(), packId));
        }
        return new Sheet(questionnaire, items, new ArrayList<>(people), answers, workbook.workshops().settings(round.id()));
    }
}
