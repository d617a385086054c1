package org.practiceworkbook.ui.consensus;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.practiceworkbook.assessment.AnswerValue;
import org.practiceworkbook.assessment.Consensus;
import org.practiceworkbook.assessment.Discussion;
import org.practiceworkbook.assessment.ItemDiscussion;
import org.practiceworkbook.assessment.WorkshopSettings;
import org.practiceworkbook.questionnaire.Questionnaire;
import org.practiceworkbook.questionnaire.Section;
import org.practiceworkbook.ui.common.BackgroundTasks;
import org.practiceworkbook.ui.common.Feedback;

/**
 * A round's consensus session for one questionnaire: the items in the order the room wants, the one being discussed,
 * and the group's level, note and target for it. Every change is saved at once; the last ones can be undone, so a
 * stray key in front of a room is harmless.
 */
public final class ConsensusViewModel {

    private final ConsensusSession session;
    private final BackgroundTasks tasks;
    private final Feedback feedback;
    private final Clock clock;
    private final ReadOnlyObjectWrapper<ConsensusSession.Loaded> loaded = new ReadOnlyObjectWrapper<>(this, "loaded");
    private final ObservableList<ItemDiscussion> items = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(this, "index", -1);
    private final ReadOnlyObjectWrapper<ItemDiscussion> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ObjectProperty<Discussion.Order> order = new SimpleObjectProperty<>(this, "order",
            Discussion.Order.QUESTIONNAIRE);
    private final ObjectProperty<Section> section = new SimpleObjectProperty<>(this, "section");
    private final BooleanProperty onlyDisagreement = new SimpleBooleanProperty(this, "onlyDisagreement", false);
    private final ReadOnlyObjectWrapper<WorkshopSettings> settings = new ReadOnlyObjectWrapper<>(this, "settings",
            WorkshopSettings.NONE);
    private final Deque<Consensus> undo = new ArrayDeque<>();

    public ConsensusViewModel(ConsensusSession session, BackgroundTasks tasks, Feedback feedback, Clock clock) {
        this.session = session;
        this.tasks = tasks;
        this.feedback = feedback;
        this.clock = clock;
        order.addListener((o, was, is) -> arrange(currentItemId()));
        section.addListener((o, was, is) -> arrange(currentItemId()));
        onlyDisagreement.addListener((o, was, is) -> arrange(currentItemId()));
        reload();
    }

    public String title() {
        return session.title();
    }

    /** Reads the round again, keeping the item the room is on. */
    public void reload() {
        String keep = currentItemId();
        tasks.run(session::load, result -> {
            loaded.set(result);
            settings.set(result.settings());
            arrange(keep);
        }, feedback::failed);
    }

    public ReadOnlyObjectProperty<ConsensusSession.Loaded> loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public Questionnaire questionnaire() {
        return loaded.get() == null ? null : loaded.get().questionnaire();
    }

    /** The items shown, sorted and filtered as chosen. */
    public ObservableList<ItemDiscussion> items() {
        return FXCollections.unmodifiableObservableList(items);
    }

    public ReadOnlyObjectProperty<ItemDiscussion> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty indexProperty() {
        return index.getReadOnlyProperty();
    }

    public ObjectProperty<Discussion.Order> orderProperty() {
        return order;
    }

    /** Only this section's items; null for every section. */
    public ObjectProperty<Section> sectionProperty() {
        return section;
    }

    public BooleanProperty onlyDisagreementProperty() {
        return onlyDisagreement;
    }

    public ReadOnlyObjectProperty<WorkshopSettings> settingsProperty() {
        return settings.getReadOnlyProperty();
    }

    /** How many people have answered anything in this questionnaire. */
    public int peopleAnswering() {
        return loaded.get() == null ? 0 : loaded.get().peopleAnswering();
    }

    public void select(int at) {
        if (at >= 0 && at < items.size()) {
            index.set(at);
            current.set(items.get(at));
        }
    }

    public void next() {
        select(index.get() + 1);
    }

    public void previous() {
        select(index.get() - 1);
    }

    /** Shows everyone's scores: the facilitator's choice, once everyone has scored. */
    public void reveal(boolean revealed) {
        saveSettings(settings.get().withRevealed(revealed));
    }

    public void showNames(boolean shown) {
        saveSettings(settings.get().withNamesShown(shown));
    }

    public void includePartnersOnly(boolean included) {
        saveSettings(settings.get().withPartnersOnlyIncluded(included));
    }

    public void setPartnersOnly(Section of, boolean partnersOnly) {
        tasks.run(() -> {
            session.setPartnersOnly(of.id(), partnersOnly);
            return partnersOnly;
        }, done -> {
            feedback.saved(of.title() + (done ? " is now for partners only" : " is now for the whole team"));
            reload();
        }, feedback::failed);
    }

    /** Sets the group's level (or not applicable, don't know) for the item being discussed. */
    public void agree(AnswerValue value) {
        ItemDiscussion item = current.get();
        if (item == null || !settings.get().revealed()) {
            return;
        }
        String note = item.consensus().map(Consensus::note).orElse(null);
        change(new Consensus(item.item().id(), value, note, clock.instant()), true);
    }

    /** Keeps the discussion note of the item being discussed; an unchanged note is not saved again. */
    public void setNote(String note) {
        ItemDiscussion item = current.get();
        if (item == null) {
            return;
        }
        String clean = note == null || note.isBlank() ? null : note.strip();
        if (java.util.Objects.equals(item.consensus().map(Consensus::note).orElse(null), clean)) {
            return;
        }
        change(new Consensus(item.item().id(), item.consensus().map(Consensus::value).orElse(null), clean,
                clock.instant()), true);
    }

    /** Takes back the last consensus change, whatever item it was on. */
    public boolean undo() {
        if (undo.isEmpty()) {
            return false;
        }
        Consensus previous = undo.pop();
        change(previous, false);
        return true;
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    /** Sets the level the practice aims for on the item being discussed; null goes back to the pack's default. */
    public void setTarget(Integer level) {
        ItemDiscussion item = current.get();
        if (item == null) {
            return;
        }
        String itemId = item.item().id();
        tasks.run(() -> {
            session.setTarget(itemId, level);
            return level;
        }, saved -> {
            feedback.saved(saved == null ? "Target removed" : "Target set to level " + saved);
            reload();
        }, feedback::failed);
    }

    /** Saves a change, remembering (when asked) what it replaced so it can be undone. */
    private void change(Consensus next, boolean remember) {
        ItemDiscussion before = loaded.get().byItem().get(next.itemId());
        Consensus was = before == null ? null : before.consensus().orElse(null);
        if (remember) {
            undo.push(was != null ? was : new Consensus(next.itemId(), null, null, clock.instant()));
        }
        tasks.run(() -> {
            session.save(next);
            return next;
        }, saved -> {
            feedback.saved(describe(saved));
            reload();
        }, feedback::failed);
    }

    private String describe(Consensus saved) {
        return switch (saved.value()) {
            case AnswerValue.Level level -> "Agreed level " + level.value() + ": "
                    + questionnaire().levelLabel(level.value());
            case AnswerValue.NotApplicable _ -> "Agreed: not applicable";
            case AnswerValue.DontKnow _ -> "Agreed: don't know yet";
            case null -> saved.note() == null ? "Consensus cleared" : "Discussion note saved";
        };
    }

    private void saveSettings(WorkshopSettings next) {
        tasks.run(() -> {
            session.saveSettings(next);
            return next;
        }, saved -> {
            settings.set(saved);
            reload();
        }, feedback::failed);
    }

    private String currentItemId() {
        return current.get() == null ? null : current.get().item().id();
    }

    private void arrange(String keepItemId) {
        if (loaded.get() == null) {
            return;
        }
        List<ItemDiscussion> shown = new ArrayList<>(Discussion.sorted(loaded.get().discussion(), order.get()));
        shown.removeIf(d -> section.get() != null && !d.section().id().equals(section.get().id()));
        shown.removeIf(d -> onlyDisagreement.get() && !d.score().isDisagreement());
        items.setAll(shown);
        Optional<Integer> at = keepItemId == null ? Optional.empty()
                : java.util.stream.IntStream.range(0, shown.size()).boxed()
                        .filter(i -> shown.get(i).item().id().equals(keepItemId)).findFirst();
        index.set(-1);
        current.set(null);
        select(at.orElse(shown.isEmpty() ? -1 : 0));
    }

    /** Which sections exist, for the filter and the partners-only choice. */
    public List<Section> sections() {
        return questionnaire() == null ? List.of() : questionnaire().sections();
    }

    public boolean isPartnersOnly(Section of) {
        return loaded.get() != null && loaded.get().partnersOnly().isPartnersOnly(of);
    }

    /** The group's items by id, for tests and for the presentation to find its place. */
    Map<String, ItemDiscussion> byItem() {
        return loaded.get() == null ? Map.of() : loaded.get().byItem();
    }
}
