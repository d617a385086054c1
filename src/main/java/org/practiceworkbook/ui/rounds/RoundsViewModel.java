package org.practiceworkbook.ui.rounds;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.practiceworkbook.assessment.ActionFollowThrough;
import org.practiceworkbook.assessment.InvalidInputException;
import org.practiceworkbook.assessment.Practice;
import org.practiceworkbook.assessment.Round;
import org.practiceworkbook.assessment.RoundFacts;
import org.practiceworkbook.store.DeletionImpact;
import org.practiceworkbook.store.RoundStore;
import org.practiceworkbook.store.Workbook;
import org.practiceworkbook.ui.common.BackgroundTasks;
import org.practiceworkbook.ui.common.Feedback;

/** The assessment rounds of the selected practice, newest first, and what can be done to them. */
public final class RoundsViewModel {

    private static final Comparator<Round> NEWEST_FIRST =
            Comparator.comparing(Round::date).thenComparingLong(Round::id).reversed();

    private final Workbook workbook;
    private final BackgroundTasks tasks;
    private final Feedback feedback;
    private final ObservableList<Round> rounds = FXCollections.observableArrayList();
    private final ObjectProperty<Round> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObjectProperty<Practice> practice = new SimpleObjectProperty<>(this, "practice");
    private java.util.function.BiConsumer<Practice, Integer> onActionsToReview = (p, n) -> { };
    private Consumer<Round> onAnonymised = r -> { };

    public RoundsViewModel(Workbook workbook, BackgroundTasks tasks, Feedback feedback) {
        this.workbook = workbook;
        this.tasks = tasks;
        this.feedback = feedback;
        practice.addListener((o, was, is) -> {
            if (was == null || is == null || was.id() != is.id()) {
                load(is);
            }
        });
    }

    public ObjectProperty<Practice> practiceProperty() {
        return practice;
    }

    public ObservableList<Round> rounds() {
        return rounds;
    }

    public ObjectProperty<Round> selectedProperty() {
        return selected;
    }

    private void load(Practice of) {
        rounds.clear();
        selected.set(null);
        if (of == null) {
            return;
        }
        tasks.run(() -> workbook.rounds().list(of.id()), list -> {
            if (practice.get() != null && practice.get().id() == of.id()) {
                rounds.setAll(list);
                selected.set(list.isEmpty() ? null : list.getFirst());
            }
        }, feedback::failed);
    }

    /** What is wrong with a label for a new or renamed round, checked against this practice's rounds. */
    public Optional<String> checkLabel(String label, Round renaming) {
        try {
            String clean = Round.requireLabel(label);
            return rounds.stream()
                    .filter(r -> renaming == null || r.id() != renaming.id())
                    .filter(r -> r.label().equalsIgnoreCase(clean))
                    .findFirst()
                    .map(r -> "This practice already has a round called \"" + r.label() + "\".");
        } catch (InvalidInputException e) {
            return Optional.of(Feedback.describe(e) + ".");
        }
    }

    public Optional<String> checkNew(String label, LocalDate date) {
        Optional<String> labelProblem = checkLabel(label, null);
        if (labelProblem.isPresent()) {
            return labelProblem;
        }
        return date == null ? Optional.of("Choose the date of the round (for example 14/03/2027).") : Optional.empty();
    }

    public void add(String label, LocalDate date) {
        Practice of = practice.get();
        // A new round starts from the facts last recorded: most change little between rounds.
        RoundFacts carried = rounds.isEmpty() ? RoundFacts.NONE : rounds.getFirst().facts();
        tasks.run(() -> {
            Round added = workbook.rounds().add(of.id(), label, date, carried);
            return new Added(added, openActionsToReview(of, added));
        }, added -> {
            rounds.add(added.round());
            rounds.sort(NEWEST_FIRST);
            selected.set(added.round());
            feedback.saved("Added round " + added.round().label());
            if (added.toReview() > 0) {
                onActionsToReview.accept(of, added.toReview());
            }
        }, feedback::failed);
    }

    /**
     * Called when a new round has open actions from earlier rounds to review, with the practice and how many: the
     * new round is where the last round's actions are reviewed, so the person is offered that review at once.
     */
    public void setOnActionsToReview(java.util.function.BiConsumer<Practice, Integer> then) {
        onActionsToReview = then;
    }

    private record Added(Round round, int toReview) {
    }

    /** How many open actions a new round must review first; none unless it is the practice's latest round. */
    private int openActionsToReview(Practice of, Round added) {
        var all = workbook.rounds().list(of.id());
        if (!ActionFollowThrough.currentRound(all).map(current -> current.id() == added.id()).orElse(false)) {
            return 0;
        }
        return ActionFollowThrough.toReview(workbook.actions().list(of.id()), added, all, java.util.Set.of()).size();
    }

    public void rename(Round round, String label) {
        save(round.withLabel(label), "Renamed round to ");
    }

    public void changeDate(Round round, LocalDate date) {
        save(round.withDate(date), "Saved the date of ");
    }

    public void changeFacts(Round round, RoundFacts facts) {
        save(round.withFacts(facts), "Saved the facts of ");
    }

    private void save(Round changed, String saying) {
        tasks.run(() -> workbook.rounds().update(changed), saved -> {
            rounds.replaceAll(r -> r.id() == saved.id() ? saved : r);
            rounds.sort(NEWEST_FIRST);
            selected.set(saved);
            feedback.saved(saying + saved.label());
        }, feedback::failed);
    }

    /** Called with a round once it has been anonymised, so the people listed under it are read again. */
    public void setOnAnonymised(Consumer<Round> then) {
        onAnonymised = then;
    }

    /** How many people and notes a round holds, for the question before anonymising it. */
    public void anonymisingImpact(Round round, Consumer<RoundStore.AnonymisingImpact> then) {
        tasks.run(() -> workbook.rounds().anonymisingImpact(round.id()), then, feedback::failed);
    }

    /** Replaces the round's names with Respondent 1, 2…, and with {@code removeNotes} removes every note in it. */
    public void anonymise(Round round, boolean removeNotes) {
        tasks.run(() -> workbook.rounds().anonymise(round.id(), removeNotes), done -> {
            long notes = done.answerNotes() + done.discussionNotes();
            feedback.saved("Anonymised " + round.label() + ": " + done.people()
                    + (done.people() == 1 ? " person" : " people") + " renamed"
                    + (removeNotes ? ", " + notes + (notes == 1 ? " note" : " notes") + " removed" : ""));
            onAnonymised.accept(round);
        }, feedback::failed);
    }

    public void deletionImpact(Round round, Consumer<DeletionImpact> then) {
        tasks.run(() -> workbook.rounds().deletionImpact(round.id()), then, feedback::failed);
    }

    public void delete(Round round) {
        tasks.run(() -> {
            workbook.rounds().delete(round.id());
            return round;
        }, deleted -> {
            rounds.remove(deleted);
            selected.set(rounds.isEmpty() ? null : rounds.getFirst());
            feedback.saved("Deleted round " + deleted.label());
        }, feedback::failed);
    }
}
