package org.practiceworkbook.ui.practices;

import java.util.Optional;
import java.util.function.Consumer;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.practiceworkbook.assessment.InvalidInputException;
import org.practiceworkbook.assessment.OrganisationalModel;
import org.practiceworkbook.assessment.Practice;
import org.practiceworkbook.store.DeletionImpact;
import org.practiceworkbook.store.Workbook;
import org.practiceworkbook.ui.common.BackgroundTasks;
import org.practiceworkbook.ui.common.Feedback;

/** The list of practices and what can be done to them: add, rename, change details, delete. */
public final class PracticesViewModel {

    private final Workbook workbook;
    private final BackgroundTasks tasks;
    private final Feedback feedback;
    private final ObservableList<Practice> practices = FXCollections.observableArrayList();
    private final ObjectProperty<Practice> selected = new SimpleObjectProperty<>(this, "selected");

    public PracticesViewModel(Workbook workbook, BackgroundTasks tasks, Feedback feedback) {
        this.workbook = workbook;
        this.tasks = tasks;
        this.feedback = feedback;
    }

    public ObservableList<Practice> practices() {
        return practices;
    }

    public ObjectProperty<Practice> selectedProperty() {
        return selected;
    }

    public void load() {
        tasks.run(() -> workbook.practices().list(), list -> {
            practices.setAll(list);
            if (!list.isEmpty() && selected.get() == null) {
                selected.set(list.getFirst());
            }
        }, feedback::failed);
    }

    /** What is wrong with a name for a new or renamed practice, checked against the practices shown. */
    public Optional<String> checkName(String name, Practice renaming) {
        try {
            String clean = Practice.requireName(name);
            return practices.stream()
                    .filter(p -> renaming == null || p.id() != renaming.id())
                    .filter(p -> p.nameKey().equals(Practice.nameKey(clean)))
                    .findFirst()
                    .map(p -> "There is already a practice called \"" + p.name() + "\".");
        } catch (InvalidInputException e) {
            return Optional.of(Feedback.describe(e) + ".");
        }
    }

    /** What is wrong with a new practice's details, or empty when they can be saved. */
    public Optional<String> checkNew(String name, String odsCode, OrganisationalModel model) {
        Optional<String> nameProblem = checkName(name, null);
        if (nameProblem.isPresent()) {
            return nameProblem;
        }
        try {
            new Practice(0, name, odsCode, model, null, null);
            return Optional.empty();
        } catch (InvalidInputException e) {
            return Optional.of(Feedback.describe(e) + ".");
        }
    }

    public void add(String name, String odsCode, OrganisationalModel model) {
        tasks.run(() -> workbook.practices().add(name, odsCode, model, null, null), added -> {
            practices.add(added);
            practices.sort(java.util.Comparator.comparing(Practice::nameKey));
            selected.set(added);
            feedback.saved("Added " + added.name());
        }, feedback::failed);
    }

    public void rename(Practice practice, String newName) {
        save(practice.withName(newName), "Renamed to ");
    }

    public void updateDetails(Practice practice, String odsCode, OrganisationalModel model, String pcn, String federation) {
        try {
            save(practice.withDetails(odsCode, model, pcn, federation), "Saved details of ");
        } catch (InvalidInputException e) {
            feedback.failed(e);
        }
    }

    private void save(Practice changed, String saying) {
        tasks.run(() -> workbook.practices().update(changed), saved -> {
            for (int i = 0; i < practices.size(); i++) {
                if (practices.get(i).id() == saved.id()) {
                    practices.set(i, saved);
                }
            }
            practices.sort(java.util.Comparator.comparing(Practice::nameKey));
            selected.set(saved);
            feedback.saved(saying + saved.name());
        }, feedback::failed);
    }

    public void deletionImpact(Practice practice, Consumer<DeletionImpact> then) {
        tasks.run(() -> workbook.practices().deletionImpact(practice.id()), then, feedback::failed);
    }

    public void delete(Practice practice) {
        tasks.run(() -> {
            workbook.practices().delete(practice.id());
            return practice;
        }, deleted -> {
            int at = practices.indexOf(deleted);
            practices.remove(deleted);
            selected.set(practices.isEmpty() ? null : practices.get(Math.min(at, practices.size() - 1)));
            feedback.saved("Deleted " + deleted.name());
        }, feedback::failed);
    }
}
