package org.practiceworkbook.ui.walkthrough;

import javafx.animation.PauseTransition;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import org.practiceworkbook.assessment.Answer;
import org.practiceworkbook.assessment.AnswerSheet;
import org.practiceworkbook.questionnaire.Item;
import org.practiceworkbook.questionnaire.Section;

/** One item: where it sits, the statement, why it matters, the level cards, a note, and Previous / Next. */
final class ItemView extends VBox {

    private final WalkthroughViewModel model;
    private final Label position = new Label();
    private final Label statement = new Label();
    private final Label why = new Label();
    private final Label skippedNote = new Label();
    private final LevelCards cards;
    private final TextArea note = new TextArea();
    private final PauseTransition noteTyping = new PauseTransition(Duration.millis(600));
    private final Button previous = new Button("← Previous");
    private final Button next = new Button("Next →");
    private Item shown;

    ItemView(WalkthroughViewModel model) {
        this.model = model;
        this.cards = new LevelCards(model::choose);
        getStyleClass().add("item-view");
        position.setId("item-position");
        position.getStyleClass().add("item-position");
        position.setWrapText(true);
        statement.setId("item-statement");
        statement.getStyleClass().add("item-statement");
        statement.setWrapText(true);
        var whyHeading = new Label("Why this matters");
        whyHeading.getStyleClass().add("why-heading");
        why.setId("item-why");
        why.setWrapText(true);
        why.getStyleClass().add("item-why");
        skippedNote.getStyleClass().add("form-note");
        skippedNote.setWrapText(true);
        getChildren().addAll(position, statement, whyHeading, why, skippedNote, cards, createNote());
    }

    private VBox createNote() {
        var label = new Label("Note: evidence or comment (Ctrl+F)");
        label.setLabelFor(note);
        note.setId("item-note");
        note.setAccessibleText("Note for this item");
        note.setAccessibleHelp("Evidence or a comment on your answer. Saved as you type. Press Escape to leave the note.");
        note.setWrapText(true);
        note.setPrefRowCount(3);
        // Saved a moment after typing stops, and again on leaving the note, so a crash costs at most that moment.
        noteTyping.setOnFinished(e -> saveNote());
        note.textProperty().addListener((o, was, is) -> {
            if (note.isFocused()) {
                noteTyping.playFromStart();
            }
        });
        note.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                saveNote();
            }
        });
        return new VBox(label, note);
    }

    /** Previous and Next, kept by the screen below the scrolling item so they are always in reach. */
    HBox createNavigation() {
        previous.setId("previous-item");
        previous.setAccessibleText("Previous item");
        previous.setTooltip(new javafx.scene.control.Tooltip("The item before this one (← or ↑). Your answer is "
                + "saved already."));
        previous.setOnAction(e -> model.previous());
        next.setId("next-item");
        next.setAccessibleText("Next item");
        next.setTooltip(new javafx.scene.control.Tooltip("The next item (Enter, → or ↓). Your answer is saved "
                + "already."));
        next.setOnAction(e -> model.next());
        var gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        var row = new HBox(previous, gap, next);
        row.getStyleClass().add("item-navigation");
        return row;
    }

    void show(AnswerSheet sheet, int index) {
        saveNote();
        Item item = sheet.askedItems().get(index);
        shown = item;
        Section section = sectionOf(sheet, item);
        int sectionNumber = sheet.questionnaire().sections().indexOf(section) + 1;
        position.setText("Item " + (index + 1) + " of " + sheet.askedCount() + " · Section " + sectionNumber + " of "
                + sheet.questionnaire().sections().size() + ": " + section.title());
        statement.setText(item.statement());
        why.setText(item.why());
        var progress = sheet.progress(section);
        skippedNote.setText(progress.skipped() == 0 ? "" : progress.skipped() + " item" + (progress.skipped() == 1 ? "" : "s")
                + " in this section " + (progress.skipped() == 1 ? "does" : "do")
                + " not apply to this practice's organisational model and " + (progress.skipped() == 1 ? "is" : "are")
                + " skipped.");
        skippedNote.setManaged(progress.skipped() > 0);
        skippedNote.setVisible(progress.skipped() > 0);
        var answer = sheet.answer(item.id());
        cards.show(sheet.questionnaire(), item, answer.map(Answer::value).orElse(null));
        note.setText(answer.map(Answer::note).orElse(""));
        previous.setDisable(index == 0);
        next.setText(index + 1 == sheet.askedCount() ? "Summary →" : "Next →");
    }

    /** Reflects a changed answer without rebuilding the cards (so focus stays where it is). */
    void refreshAnswer(AnswerSheet sheet) {
        if (shown != null) {
            cards.select(sheet.answer(shown.id()).map(Answer::value).orElse(null));
        }
    }

    void saveNote() {
        noteTyping.stop();
        if (shown != null && model.currentItem() == shown) {
            model.setNote(note.getText());
        }
    }

    void focusAnswer() {
        cards.focusTarget().requestFocus();
    }

    void focusNote() {
        note.requestFocus();
    }

    TextArea note() {
        return note;
    }

    boolean isCard(Object node) {
        return cards.isCard(node);
    }

    private static Section sectionOf(AnswerSheet sheet, Item item) {
        return sheet.questionnaire().sections().stream().filter(s -> s.items().contains(item)).findFirst().orElseThrow();
    }
}
