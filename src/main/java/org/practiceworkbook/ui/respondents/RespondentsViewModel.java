package org.practiceworkbook.ui.respondents;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.practiceworkbook.assessment.AnswerSheet;
import org.practiceworkbook.assessment.Practice;
import org.practiceworkbook.assessment.Respondent;
import org.practiceworkbook.assessment.Role;
import org.practiceworkbook.assessment.Round;
import org.practiceworkbook.questionnaire.PackRef;
import org.practiceworkbook.questionnaire.Questionnaire;
import org.practiceworkbook.store.PackStore;
import org.practiceworkbook.store.Workbook;
import org.practiceworkbook.ui.common.BackgroundTasks;
import org.practiceworkbook.ui.common.Feedback;

/** The people answering in the selected round, how far each has got, and adding someone new. */
public final class RespondentsViewModel {

    /** A respondent as listed: who they are and how far they have got in each questionnaire they started. */
    public record Row(Respondent respondent, String progress) {
        @Override
        public String toString() {
            return respondent.displayName() + (respondent.name() == null ? "" : " (" + respondent.role().label() + ")")
                    + (progress.isEmpty() ? "" : " · " + progress);
        }
    }

    /** A questionnaire a person can be asked to answer: its id and title. */
    public record Choice(String packId, String title) {
        @Override
        public String toString() {
            return title;
        }
    }

    private final Workbook workbook;
    private final BackgroundTasks tasks;
    private final Feedback feedback;
    private final ObjectProperty<Practice> practice = new SimpleObjectProperty<>(this, "practice");
    private final ObjectProperty<Round> round = new SimpleObjectProperty<>(this, "round");
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<Choice> questionnaires = FXCollections.observableArrayList();
    private final ObjectProperty<Row> selected = new SimpleObjectProperty<>(this, "selected");

    public RespondentsViewModel(Workbook workbook, BackgroundTasks tasks, Feedback feedback) {
        this.workbook = workbook;
        this.tasks = tasks;
        this.feedback = feedback;
        round.addListener((o, was, is) -> {
            if (was == null || is == null || was.id() != is.id()) {
                reload();
            }
        });
        tasks.run(this::latestQuestionnaires, questionnaires::setAll, feedback::failed);
    }

    public ObjectProperty<Practice> practiceProperty() {
        return practice;
    }

    public ObjectProperty<Round> roundProperty() {
        return round;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObservableList<Choice> questionnaires() {
        return questionnaires;
    }

    public ObjectProperty<Row> selectedProperty() {
        return selected;
    }

    /** Reads the list again: after someone has answered, their progress has moved on. */
    public void reload() {
        Round of = round.get();
        Practice in = practice.get();
        rows.clear();
        selected.set(null);
        if (of == null || in == null) {
            return;
        }
        tasks.run(() -> load(in, of), loaded -> {
            if (round.get() != null && round.get().id() == of.id()) {
                rows.setAll(loaded);
            }
        }, feedback::failed);
    }

    public void add(String name, Role role, Consumer<Respondent> then) {
        Round to = round.get();
        tasks.run(() -> workbook.respondents().add(to.id(), name, role), added -> {
            rows.add(new Row(added, ""));
            feedback.saved("Added " + added.displayName() + " to " + to.label());
            then.accept(added);
        }, feedback::failed);
    }

    /** What deleting a person would take with them, handed to {@code then} on the FX thread. */
    public void deletionImpact(Row row, Consumer<org.practiceworkbook.store.DeletionImpact> then) {
        tasks.run(() -> workbook.respondents().deletionImpact(row.respondent().id()), then, feedback::failed);
    }

    /** Deletes a person with all their answers and notes. */
    public void delete(Row row) {
        Round from = round.get();
        Respondent person = row.respondent();
        tasks.run(() -> workbook.respondents().delete(person.id()), deleted -> {
            rows.removeIf(r -> r.respondent().id() == person.id());
            selected.set(null);
            feedback.saved("Deleted " + person.displayName() + " and their answers from " + from.label());
        }, feedback::failed);
    }

    private List<Choice> latestQuestionnaires() {
        var latest = new LinkedHashMap<String, PackStore.StoredPack>();
        for (var pack : workbook.packs().list()) {
            latest.put(pack.ref().id(), pack);   // listed oldest version first, so the newest stays
        }
        var order = List.of("capacity", "skills", "governance");
        return latest.values().stream()
                .sorted(java.util.Comparator.comparingInt((PackStore.StoredPack p) -> {
                    int at = order.indexOf(p.ref().id());
                    return at < 0 ? order.size() : at;
                }).thenComparing(p -> p.title()))
                .map(p -> new Choice(p.ref().id(), p.title()))
                .toList();
    }

    private List<Row> load(Practice in, Round of) {
        var counts = workbook.answers().answeredCounts(of.id());
        Map<String, Questionnaire> used = new LinkedHashMap<>();
        for (PackRef ref : workbook.rounds().questionnaires(of.id())) {
            used.put(ref.id(), workbook.packs().load(ref));
        }
        var out = new ArrayList<Row>();
        var workshop = workbook.workshops().settings(of.id());
        for (Respondent respondent : workbook.respondents().list(of.id())) {
            var parts = new ArrayList<String>();
            counts.getOrDefault(respondent.id(), Map.of()).forEach((packId, answered) -> {
                Questionnaire q = used.get(packId);
                if (q != null) {
                    var notAsked = workshop.sectionsNotAskedOf(packId, respondent.role());
                    int asked = new AnswerSheet(q, in.applicabilityTokens(), notAsked, Map.of()).askedCount();
                    parts.add(q.title() + " " + answered + " of " + asked);
                }
            });
            out.add(new Row(respondent, String.join(", ", parts)));
        }
        return out;
    }
}
