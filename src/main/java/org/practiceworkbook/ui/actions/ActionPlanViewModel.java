package org.practiceworkbook.ui.actions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;

import org.practiceworkbook.assessment.ActionFollowThrough;
import org.practiceworkbook.assessment.ActionReview;
import org.practiceworkbook.assessment.ActionSuggestion;
import org.practiceworkbook.assessment.ItemRef;
import org.practiceworkbook.assessment.PlannedAction;
import org.practiceworkbook.assessment.Practice;
import org.practiceworkbook.assessment.Round;
import org.practiceworkbook.store.Workbook;
import org.practiceworkbook.ui.common.BackgroundTasks;
import org.practiceworkbook.ui.common.Feedback;

/**
 * A practice's action plan, across its rounds: the actions (each a {@link ActionRow} that edits in place, so a
 * table and an editor showing it stay one), what a new round must review first, and the suggestions to start from.
 * Every change is saved behind, in the order made, on the store thread.
 */
public final class ActionPlanViewModel {

    private final Workbook workbook;
    private final BackgroundTasks tasks;
    private final Feedback feedback;
    private final Clock clock;
    private final Practice practice;
    private final ObservableList<ActionRow> rows = FXCollections.observableArrayList(row -> new Observable[] {
            row.actionProperty()});
    private final FilteredList<ActionRow> shown = new FilteredList<>(rows);
    private final SortedList<ActionRow> sorted = new SortedList<>(shown);
    private final ObjectProperty<ActionOrder> order = new SimpleObjectProperty<>(this, "order", ActionOrder.DUE);
    private final ObservableList<PlannedAction> toReview = FXCollections.observableArrayList();
    private final ObservableList<ActionPlanReading.Suggestions> suggestions = FXCollections.observableArrayList();
    private final ObjectProperty<ActionFilter> filter = new SimpleObjectProperty<>(this, "filter", ActionFilter.OPEN);
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObjectProperty<ActionRow> editing = new SimpleObjectProperty<>(this, "editing");
    private final ObjectProperty<ActionRow> pinned = new SimpleObjectProperty<>(this, "pinned");
    private final IntegerProperty priorityCap = new SimpleIntegerProperty(this, "priorityCap",
            ActionFollowThrough.DEFAULT_PRIORITY_CAP);
    private final ReadOnlyObjectWrapper<Round> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ReadOnlyObjectWrapper<Boolean> loaded = new ReadOnlyObjectWrapper<>(this, "loaded", false);
    private Map<ItemRef, String> statements = Map.of();

    public ActionPlanViewModel(Workbook workbook, BackgroundTasks tasks, Feedback feedback, Clock clock,
                               Practice practice) {
        this.workbook = workbook;
        this.tasks = tasks;
        this.feedback = feedback;
        this.clock = clock;
        this.practice = practice;
        // An action being edited stays in the list even when an edit (marking it done) takes it out of the filter,
        // so the list never moves under the person's hands; it goes once another is chosen or the filter changes.
        shown.predicateProperty().bind(Bindings.createObjectBinding(() -> row -> row == pinned.get()
                || filter.get().shows(row.action(), today()) && matchesSearch(row.action()), filter, search, pinned));
        filter.addListener(o -> pinned.set(null));
        search.addListener(o -> pinned.set(null));
        editing.addListener((o, was, is) -> {
            if (is != pinned.get()) {
                pinned.set(null);
            }
        });
        sorted.comparatorProperty().bind(Bindings.createObjectBinding(() -> order.get().rows(), order));
    }

    public Practice practice() {
        return practice;
    }

    /** Reads the plan afresh; {@code then} runs once it is shown. */
    public void load(Runnable then) {
        tasks.run(() -> ActionPlanReading.read(workbook, practice), reading -> {
            statements = reading.statements();
            Long editingId = editing.get() == null ? null : editing.get().action().id();
            editing.set(null);
            rows.setAll(reading.plan().stream().map(ActionRow::new).toList());
            // Read again (after an import), the action in the editor stays there when it is still in the plan.
            rows.stream().filter(r -> editingId != null && r.action().id() == editingId).findFirst()
                    .ifPresent(editing::set);
            toReview.setAll(reading.toReview());
            suggestions.setAll(reading.suggestions());
            priorityCap.set(reading.priorityCap());
            current.set(reading.current().orElse(null));
            loaded.set(true);
            then.run();
        }, feedback::failed);
    }

    /** Every action of the practice, in the order added. */
    public ObservableList<ActionRow> rows() {
        return rows;
    }

    /** The actions the filter and search let through, in the order chosen. */
    public SortedList<ActionRow> sorted() {
        return sorted;
    }

    public ObjectProperty<ActionOrder> orderProperty() {
        return order;
    }

    public ObjectProperty<ActionFilter> filterProperty() {
        return filter;
    }

    /** Words to find in an action's title, description, owner or anchor. */
    public StringProperty searchProperty() {
        return search;
    }

    /** The action in the editor; it stays there while a change takes it out of the filter, until another is chosen. */
    public ObjectProperty<ActionRow> editingProperty() {
        return editing;
    }

    /** Open actions from before the round the practice is at, still to be decided. */
    public ObservableList<PlannedAction> toReview() {
        return toReview;
    }

    public ObservableList<ActionPlanReading.Suggestions> suggestions() {
        return suggestions;
    }

    /** The round the practice is at now (its latest); null before its first. */
    public ReadOnlyObjectProperty<Round> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Boolean> loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public IntegerProperty priorityCapProperty() {
        return priorityCap;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The warning past the cap on open high priorities, in words; empty at or under it. */
    public StringBinding priorityWarning() {
        return Bindings.createStringBinding(() -> ActionFollowThrough.priorityWarning(plan(), priorityCap.get())
                .orElse(""), rows, priorityCap);
    }

    /** How many open actions are past their due date, in words; empty when none. */
    public StringBinding overdueSummary() {
        return Bindings.createStringBinding(() -> {
            int late = ActionFollowThrough.overdue(plan(), today()).size();
            return late == 0 ? "" : late == 1 ? "1 action is overdue" : late + " actions are overdue";
        }, rows);
    }

    /** An item's statement, for showing what an action is linked to; its id when the workbook holds no words. */
    public String statement(ItemRef item) {
        return statements.getOrDefault(item, item.itemId());
    }

    /** The items an action can be linked to: every item of the questionnaires the practice has used. */
    public List<ItemRef> linkableItems() {
        return List.copyOf(statements.keySet());
    }

    /** Adds one of a suggestion's actions to the plan, linked to its item, and opens it in the editor. */
    public void adopt(ActionPlanReading.Suggestions from, ActionSuggestion suggestion, String suggestedAction) {
        // Planned now, it belongs to the round the practice is at, even when the suggestion comes from an earlier
        // round's answers: otherwise the next look at the plan would ask for it to be reviewed already.
        long round = current.get() == null ? from.round().id() : current.get().id();
        add(suggestion.draft(suggestedAction, practice.id(), round, UUID.randomUUID()));
    }

    /** Adds an action the questionnaire did not suggest, belonging to the round the practice is at. */
    public void addBlank(String title, List<ItemRef> linked) {
        Long round = current.get() == null ? null : current.get().id();
        add(ActionSuggestion.blank(title, practice.id(), round, UUID.randomUUID(), null).withLinkedItems(linked));
    }

    private void add(PlannedAction draft) {
        tasks.run(() -> workbook.actions().add(draft), added -> {
            var row = new ActionRow(added);
            rows.add(row);
            editing.set(row);
            feedback.saved("Added \u201c" + added.title() + "\u201d to the action plan");
        }, feedback::failed);
    }

    /** Shows an edit at once and saves it behind; edits to one action are saved in the order they were made. */
    public void edit(ActionRow row, PlannedAction changed) {
        if (changed.equals(row.action())) {
            return;
        }
        pinned.set(row);
        row.setAction(changed);
        tasks.run(() -> {
            workbook.actions().update(changed);
            return changed;
        }, saved -> feedback.saved("Saved"), feedback::failed);
    }

    /** Removes an action for good. */
    public void delete(ActionRow row) {
        tasks.run(() -> {
            workbook.actions().delete(row.action().id());
            return row;
        }, gone -> {
            rows.remove(gone);
            toReview.removeIf(a -> a.id() == gone.action().id());
            if (editing.get() == gone) {
                editing.set(null);
            }
            feedback.saved("Deleted \u201c" + gone.action().title() + "\u201d");
        }, feedback::failed);
    }

    /** Decides an open action at the new round's review: done, carried forward or dropped. */
    public void review(PlannedAction action, ActionReview outcome) {
        Round round = current.get();
        if (round == null) {
            return;
        }
        tasks.run(() -> {
            workbook.actions().review(action.id(), round.id(), outcome);
            return action.id();
        }, id -> {
            toReview.removeIf(a -> a.id() == id);
            // The decision changes only the status of the action as it now stands, edits since loading included.
            var row = rowOf(id);
            row.filter(r -> r == editing.get()).ifPresent(pinned::set);
            row.ifPresent(r -> r.setAction(outcome.apply(r.action())));
            String title = row.map(r -> r.action().title()).orElse(action.title());
            feedback.saved("\u201c" + title + "\u201d: " + switch (outcome) {
                case DONE -> "marked done";
                case CARRIED_FORWARD -> "carried forward to " + round.label();
                case DROPPED -> "dropped";
            });
        }, feedback::failed);
    }

    /** Sets how many open high priorities the practice means to carry, and keeps it. */
    public void setPriorityCap(int cap) {
        if (cap == priorityCap.get()) {
            return;
        }
        priorityCap.set(cap);
        tasks.run(() -> {
            workbook.actions().setPriorityCap(practice.id(), cap);
            return cap;
        }, saved -> feedback.saved("Priority limit set to " + saved), feedback::failed);
    }

    /** The whole plan as it stands, edits included: for printing. */
    public List<PlannedAction> plan() {
        return rows.stream().map(ActionRow::action).toList();
    }

    /** An action as it now stands in the plan, edits included; as given when it is no longer in the plan. */
    public PlannedAction latest(PlannedAction action) {
        return rowOf(action.id()).map(ActionRow::action).orElse(action);
    }

    private Optional<ActionRow> rowOf(long actionId) {
        return rows.stream().filter(r -> r.action().id() == actionId).findFirst();
    }

    private boolean matchesSearch(PlannedAction action) {
        String words = search.get() == null ? "" : search.get().strip().toLowerCase(java.util.Locale.UK);
        if (words.isEmpty()) {
            return true;
        }
        return java.util.stream.Stream.of(action.title(), action.description(), action.owner(), action.anchor(),
                        action.successMeasure())
                .anyMatch(text -> text != null && text.toLowerCase(java.util.Locale.UK).contains(words));
    }
}
