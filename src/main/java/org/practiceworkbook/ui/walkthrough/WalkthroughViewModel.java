package org.practiceworkbook.ui.walkthrough;

import java.time.Clock;
import java.util.Objects;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.practiceworkbook.assessment.Answer;
import org.practiceworkbook.assessment.AnswerSheet;
import org.practiceworkbook.assessment.AnswerValue;
import org.practiceworkbook.assessment.Respondent;
import org.practiceworkbook.questionnaire.Item;
import org.practiceworkbook.store.Workbook;
import org.practiceworkbook.ui.common.BackgroundTasks;
import org.practiceworkbook.ui.common.Feedback;

/**
 * One respondent answering one questionnaire, an item at a time. Every change is saved the moment it is made, and
 * the item they are on is remembered, so closing at any point loses nothing and reopening resumes there.
 */
public final class WalkthroughViewModel {

    /** What the quiet indicator says about the last change. */
    public enum SaveState { NOTHING_YET, SAVING, SAVED, FAILED }

    private final Workbook workbook;
    private final BackgroundTasks tasks;
    private final Clock clock;
    private final Respondent respondent;
    private final String practiceName;
    private final ReadOnlyObjectWrapper<AnswerSheet> sheet = new ReadOnlyObjectWrapper<>(this, "sheet");
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(this, "index", 0);
    private final ReadOnlyBooleanWrapper showingSummary = new ReadOnlyBooleanWrapper(this, "showingSummary", false);
    private final ReadOnlyObjectWrapper<SaveState> saveState = new ReadOnlyObjectWrapper<>(this, "saveState", SaveState.NOTHING_YET);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private int pendingSaves;

    WalkthroughViewModel(Workbook workbook, BackgroundTasks tasks, Clock clock, Respondent respondent,
                         String practiceName, AnswerSheet loaded, int startIndex) {
        this.workbook = workbook;
        this.tasks = tasks;
        this.clock = clock;
        this.respondent = respondent;
        this.practiceName = practiceName;
        sheet.set(loaded);
        index.set(startIndex);
        // Every item may be for other organisational models: then there is only the summary to show.
        showingSummary.set(loaded.askedCount() == 0);
    }

    public Respondent respondent() {
        return respondent;
    }

    public String practiceName() {
        return practiceName;
    }

    public ReadOnlyObjectProperty<AnswerSheet> sheetProperty() {
        return sheet.getReadOnlyProperty();
    }

    public AnswerSheet sheet() {
        return sheet.get();
    }

    /** The position of the current item among the items asked (0-based). */
    public ReadOnlyIntegerProperty indexProperty() {
        return index.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty showingSummaryProperty() {
        return showingSummary.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SaveState> saveStateProperty() {
        return saveState.getReadOnlyProperty();
    }

    /** Why the last save failed, in words; empty when it did not. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public Item currentItem() {
        return sheet.get().askedItems().get(index.get());
    }

    public int itemCount() {
        return sheet.get().askedCount();
    }

    /** Gives (or changes) the current item's answer, keeping its note. */
    public void choose(AnswerValue value) {
        Item item = currentItem();
        String note = sheet.get().answer(item.id()).map(Answer::note).orElse(null);
        save(new Answer(item.id(), value, note, clock.instant()), false);
    }

    /**
     * Keeps the current item's note, with whatever answer it has, and syncs it to the disk: a note is the person's
     * own words and the slowest thing to type again after a power cut. Unchanged notes are not saved again.
     */
    public void setNote(String note) {
        Item item = currentItem();
        var held = sheet.get().answer(item.id());
        String clean = note == null || note.isBlank() ? null : note;
        if (Objects.equals(held.map(Answer::note).orElse(null), clean)) {
            return;
        }
        save(new Answer(item.id(), held.map(Answer::value).orElse(null), clean, clock.instant()), true);
    }

    /** @param sync whether to force it onto the disk too (see {@link Workbook#sync()}) */
    private void save(Answer answer, boolean sync) {
        sheet.set(sheet.get().with(answer));
        pendingSaves++;
        saveState.set(SaveState.SAVING);
        String packId = sheet.get().questionnaire().id();
        tasks.run(() -> {
            workbook.answers().save(respondent.id(), packId, answer);
            if (sync) {
                workbook.sync();
            }
            return answer;
        }, saved -> {
            if (--pendingSaves == 0 && saveState.get() != SaveState.FAILED) {
                saveState.set(SaveState.SAVED);
            }
        }, failure -> {
            pendingSaves--;
            problem.set("Not saved: " + Feedback.describe(failure));
            saveState.set(SaveState.FAILED);
        });
    }

    public boolean hasPrevious() {
        return showingSummary.get() || index.get() > 0;
    }

    public void next() {
        if (showingSummary.get()) {
            return;
        }
        if (index.get() + 1 < itemCount()) {
            goTo(index.get() + 1);
        } else {
            showSummary();
        }
    }

    public void previous() {
        if (showingSummary.get()) {
            goTo(index.get());
        } else if (index.get() > 0) {
            goTo(index.get() - 1);
        }
    }

    /** Jumps to the first unanswered item from the current one on; to the summary when there is none. */
    public void nextUnanswered() {
        sheet.get().nextUnanswered(showingSummary.get() ? 0 : index.get())
                .ifPresentOrElse(this::goTo, this::showSummary);
    }

    public void goTo(Item item) {
        int at = sheet.get().askedItems().indexOf(item);
        if (at >= 0) {
            goTo(at);
        }
    }

    public void goTo(int itemIndex) {
        boolean sectionFinished = !showingSummary.get() && sectionOf(index.get()) != sectionOf(itemIndex);
        showingSummary.set(false);
        index.set(itemIndex);
        String itemId = currentItem().id();
        String packId = sheet.get().questionnaire().id();
        tasks.run(() -> {
            workbook.respondents().savePosition(respondent.id(), packId, itemId);
            if (sectionFinished) {
                workbook.sync();
            }
            return itemId;
        }, ignored -> { }, failure -> problem.set("Your place was not remembered: " + Feedback.describe(failure)));
    }

    /** The end of the questionnaire, which finishes its last section: synced to the disk. */
    public void showSummary() {
        showingSummary.set(true);
        syncToDisk();
    }

    /** Closing the questionnaire (back to the practice): everything they answered is synced to the disk. */
    public void leave() {
        syncToDisk();
    }

    private org.practiceworkbook.questionnaire.Section sectionOf(int itemIndex) {
        Item item = sheet.get().askedItems().get(itemIndex);
        return sheet.get().questionnaire().sections().stream().filter(s -> s.items().contains(item)).findFirst()
                .orElse(null);
    }

    /**
     * Behind every save already queued on the store thread, forces them onto the disk, so a power cut cannot take
     * them; at resting points only, as a sync costs milliseconds an answer's own save does not.
     */
    private void syncToDisk() {
        tasks.run(() -> {
            workbook.sync();
            return true;
        }, ignored -> { }, failure -> {
            problem.set("Not saved: " + Feedback.describe(failure));
            saveState.set(SaveState.FAILED);
        });
    }
}
