package org.practiceworkbook.ui.consensus;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;

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
 * and the group's level, note and target for it. What the room agrees is held here and shown at once; each change
 * goes to the store in order behind it, and the last ones can be undone, so a stray key in front of a room is
 * harmless.
 */
public final class ConsensusViewModel {

    private final ConsensusSession session;
    private final BackgroundTasks tasks;
    private final Feedback feedback;
    private final Clock clock;
    private final ReadOnlyObjectWrapper<ConsensusSession.Loaded> loaded = new ReadOnlyObjectWrapper<>(this, "loaded");
    private final Map<String, Consensus> agreed = new HashMap<>();
    private final Map<String, Integer> targets = new HashMap<>();
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
        order.addListener((o, was, is) -> rebuild());
        section.addListener((o, was, is) -> rebuild());
        onlyDisagreement.addListener((o, was, is) -> rebuild());
        reload();
    }

    public String title() {
        return session.title();
    }

    /** Reads the round again (after an import has brought more people's answers), keeping the item the room is on. */
    public void reload() {
        tasks.run(session::load, result -> {
            loaded.set(result);
            agreed.clear();
            agreed.putAll(result.consensus());
            targets.clear();
            targets.putAll(result.targets());
            settings.set(result.settings());
            rebuild();
        }, feedback::failed);
    }

    public ReadOnlyObjectProperty<ConsensusSession.Loaded> loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public Questionnaire questionnaire() {
        return loaded.get() == null ? null : loaded.get().questionnaire();
    }

    /** The items shown, sorted and filtered as chosen (only once scores are revealed: the order would tell). */
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
        return loaded.get() == null ? 0 : loaded.get().people().size();
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
        saveFlags(settings.get().withRevealed(revealed));
    }

    public void showNames(boolean shown) {
        saveFlags(settings.get().withNamesShown(shown));
    }

    public void includePartnersOnly(boolean included) {
        saveFlags(settings.get().withPartnersOnlyIncluded(included));
    }

    public void setPartnersOnly(Section of, boolean partnersOnly) {
        settings.set(settings.get().withPartnersOnly(session.packId(), of.id(), partnersOnly));
        rebuild();
        tasks.run(() -> {
            session.setPartnersOnly(of.id(), partnersOnly);
            return partnersOnly;
        }, done -> feedback.saved(of.title() + (done ? " is now for partners only" : " is now for the whole team")),
                feedback::failed);
    }

    /** Sets the group's level (or not applicable, don't know) for the item being discussed. */
    public void agree(AnswerValue value) {
        ItemDiscussion item = current.get();
        if (item == null || !settings.get().revealed()) {
            return;
        }
        String itemId = item.item().id();
        change(new Consensus(itemId, value, noteOf(itemId), clock.instant()), true);
    }

    /** Keeps the discussion note of an item; an unchanged note is not saved again. */
    public void setNote(String itemId, String note) {
        String clean = note == null || note.isBlank() ? null : note.strip();
        if (itemId == null || Objects.equals(noteOf(itemId), clean)) {
            return;
        }
        Consensus held = agreed.get(itemId);
        change(new Consensus(itemId, held == null ? null : held.value(), clean, clock.instant()), true);
    }

    /** The discussion note the group has for an item, as it stands this moment. */
    public String noteOf(String itemId) {
        Consensus held = agreed.get(itemId);
        return held == null ? null : held.note();
    }

    /** Takes back the last consensus change, and shows the item it was on. */
    public boolean undo() {
        if (undo.isEmpty()) {
            return false;
        }
        Consensus previous = undo.pop();
        change(previous, false);
        IntStream.range(0, items.size()).filter(i -> items.get(i).item().id().equals(previous.itemId()))
                .findFirst().ifPresent(this::select);
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
        if (level == null) {
            targets.remove(itemId);
        } else {
            targets.put(itemId, level);
        }
        rebuild();
        tasks.run(() -> {
            session.setTarget(itemId, level);
            return level;
        }, saved -> feedback.saved(saved == null ? "Target removed" : "Target set to level " + saved), feedback::failed);
    }

    /** Shows a change at once and saves it behind the ones before, remembering (when asked) what it replaced. */
    private void change(Consensus next, boolean remember) {
        String itemId = next.itemId();
        Consensus was = agreed.get(itemId);
        if (remember) {
            undo.push(was != null ? was : new Consensus(itemId, null, null, clock.instant()));
        }
        if (next.value() == null && next.note() == null) {
            agreed.remove(itemId);
        } else {
            agreed.put(itemId, next);
        }
        rebuild();
        tasks.run(() -> {
            session.save(next);
            return next;
        }, saved -> feedback.saved(describe(saved)), feedback::failed);
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

    private void saveFlags(WorkshopSettings next) {
        settings.set(next);
        rebuild();
        tasks.run(() -> {
            session.saveFlags(next);
            return next;
        }, saved -> { }, feedback::failed);
    }

    /** The discussion again from what the room holds now, keeping the item it is on. */
    private void rebuild() {
        ConsensusSession.Loaded from = loaded.get();
        if (from == null) {
            return;
        }
        String keep = current.get() == null ? null : current.get().item().id();
        var discussion = Discussion.build(from.questionnaire(), from.practiceTokens(), from.people(), agreed, targets,
                settings.get().partnersOnly(session.packId()));
        boolean revealed = settings.get().revealed();
        // Before the reveal the order and the filter stay plain: sorting by disagreement would give the scores away.
        List<ItemDiscussion> shown = new ArrayList<>(revealed ? Discussion.sorted(discussion, order.get()) : discussion);
        shown.removeIf(d -> section.get() != null && !d.section().id().equals(section.get().id()));
        shown.removeIf(d -> revealed && onlyDisagreement.get() && !d.score().isDisagreement());
        items.setAll(shown);
        int at = keep == null ? -1 : IntStream.range(0, shown.size())
                .filter(i -> shown.get(i).item().id().equals(keep)).findFirst().orElse(-1);
        if (shown.isEmpty()) {
            index.set(-1);
            current.set(null);
        } else {
            select(Math.max(at, 0));
        }
    }

    /** Which sections exist, for the filter and the partners-only choice. */
    public List<Section> sections() {
        return questionnaire() == null ? List.of() : questionnaire().sections();
    }

    public boolean isPartnersOnly(Section of) {
        return settings.get().partnersOnlySections(session.packId()).contains(of.id());
    }
}
