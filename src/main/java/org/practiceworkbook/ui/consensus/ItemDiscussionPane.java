package org.practiceworkbook.ui.consensus;

import javafx.animation.PauseTransition;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import org.practiceworkbook.assessment.AnswerValue;
import org.practiceworkbook.assessment.Consensus;
import org.practiceworkbook.assessment.ItemDiscussion;
import org.practiceworkbook.assessment.WorkshopSettings;
import org.practiceworkbook.questionnaire.Questionnaire;
import org.practiceworkbook.ui.common.Forms;

/**
 * The item the room is discussing: the statement, how people scored it (once revealed), their notes, and the
 * group's level, discussion note and target.
 */
final class ItemDiscussionPane extends VBox {

    private final ConsensusViewModel model;
    private final Label position = new Label();
    private final Label statement = new Label();
    private final VBox hidden = new VBox();
    private final Label hiddenText = new Label();
    private final VBox revealed = new VBox();
    private final SpreadBars bars = new SpreadBars();
    private final Label spread = new Label();
    private final VBox notes = new VBox();
    private final FlowPane levels = new FlowPane();
    private final ToggleGroup levelGroup = new ToggleGroup();
    private final TextArea note = new TextArea();
    private final ComboBox<TargetChoice> target = new ComboBox<>();
    private final PauseTransition noteQuiet = new PauseTransition(Duration.millis(600));
    private boolean showing;
    private String shownItemId;

    /** A target as offered: a level, or the pack's default. */
    record TargetChoice(Integer level, String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    ItemDiscussionPane(ConsensusViewModel model) {
        this.model = model;
        getStyleClass().add("item-discussion");
        position.getStyleClass().add("item-position");
        position.setId("consensus-position");
        statement.getStyleClass().add("item-statement");
        statement.setId("consensus-statement");
        statement.setWrapText(true);
        createHidden();
        createRevealed();
        getChildren().addAll(position, statement, hidden, revealed);
        model.currentProperty().addListener((o, was, is) -> show());
        model.settingsProperty().addListener((o, was, is) -> show());
        show();
    }

    private void createHidden() {
        hiddenText.setWrapText(true);
        hiddenText.setId("scores-hidden");
        var reveal = Forms.button("reveal-scores", "Reveal scores", "Show everyone's scores for this round");
        reveal.getStyleClass().add("accent");
        reveal.setOnAction(e -> model.reveal(true));
        hidden.getStyleClass().add("scores-hidden");
        hidden.getChildren().addAll(hiddenText, reveal);
    }

    private void createRevealed() {
        bars.setId("spread-bars");
        spread.setId("spread-summary");
        spread.setWrapText(true);
        notes.setId("respondent-notes");
        notes.getStyleClass().add("respondent-notes");
        levels.getStyleClass().add("consensus-levels");
        note.setId("consensus-note");
        note.setWrapText(true);
        note.setPrefRowCount(3);
        note.setAccessibleText("Discussion note");
        note.setAccessibleHelp("What the group said, and why it agreed this level");
        noteQuiet.setOnFinished(e -> model.setNote(shownItemId, note.getText()));
        note.textProperty().addListener((o, was, is) -> {
            if (showing) {
                noteQuiet.playFromStart();
            }
        });
        note.focusedProperty().addListener((o, was, is) -> {
            if (!is && showing) {
                noteQuiet.stop();
                model.setNote(shownItemId, note.getText());
            }
        });
        target.setId("consensus-target");
        target.setAccessibleText("Target level");
        target.setAccessibleHelp("The level the practice aims to reach on this item");
        target.setOnAction(e -> {
            if (showing && target.getValue() != null) {
                model.setTarget(target.getValue().level());
            }
        });
        var notesHeading = heading("What people wrote");
        var agreeHeading = heading("The group agrees");
        var noteLabel = new Label("Discussion note");
        noteLabel.setLabelFor(note);
        var targetLabel = new Label("Target");
        targetLabel.setLabelFor(target);
        var targetRow = new FlowPane(targetLabel, target);
        targetRow.getStyleClass().add("button-row");
        revealed.getStyleClass().add("scores-revealed");
        revealed.getChildren().addAll(bars, spread, notesHeading, notes, agreeHeading, levels, noteLabel, note, targetRow);
    }

    private static Label heading(String text) {
        var label = new Label(text);
        label.getStyleClass().add("section-heading");
        return label;
    }

    /** Saves a note still being typed, for the item it was typed on; called before the item or the screen changes. */
    void flush() {
        if (noteQuiet.getStatus() == javafx.animation.Animation.Status.RUNNING) {
            noteQuiet.stop();
            model.setNote(shownItemId, note.getText());
        }
    }

    private void show() {
        ItemDiscussion item = model.currentProperty().get();
        if (item == null || !item.item().id().equals(shownItemId)) {
            flush();
        }
        showing = false;
        Questionnaire questionnaire = model.questionnaire();
        WorkshopSettings settings = model.settingsProperty().get();
        setVisible(item != null);
        if (item == null || questionnaire == null) {
            return;
        }
        position.setText("Item " + (model.indexProperty().get() + 1) + " of " + model.items().size() + " · "
                + item.section().title());
        statement.setText(item.item().statement());
        hidden.setVisible(!settings.revealed());
        hidden.setManaged(!settings.revealed());
        revealed.setVisible(settings.revealed());
        revealed.setManaged(settings.revealed());
        hiddenText.setText("Scores stay hidden while people are still scoring. " + model.peopleAnswering()
                + (model.peopleAnswering() == 1 ? " person has" : " people have") + " answered so far. Reveal the "
                + "scores when everyone has finished.");
        if (settings.revealed()) {
            bars.show(questionnaire, item);
            spread.setText(ConsensusText.spread(item));
            showNotes(item, settings.namesShown());
            showLevels(questionnaire, item);
            // A note being typed is never overwritten by the room's other changes to the same item.
            if (!item.item().id().equals(shownItemId) || !note.isFocused()) {
                note.setText(java.util.Objects.requireNonNullElse(model.noteOf(item.item().id()), ""));
            }
            showTarget(questionnaire, item);
        }
        shownItemId = item.item().id();
        showing = true;
    }

    private void showNotes(ItemDiscussion item, boolean names) {
        notes.getChildren().clear();
        if (item.notes().isEmpty()) {
            var none = new Label("Nobody wrote a note on this item.");
            none.getStyleClass().add("form-note");
            notes.getChildren().add(none);
        }
        for (var n : item.notes()) {
            var line = new Label(ConsensusText.noteLine(n, names));
            line.setWrapText(true);
            line.getStyleClass().add("respondent-note");
            notes.getChildren().add(line);
        }
    }

    private void showLevels(Questionnaire questionnaire, ItemDiscussion item) {
        levels.getChildren().clear();
        levelGroup.getToggles().clear();
        AnswerValue agreed = item.consensus().map(Consensus::value).orElse(null);
        for (int level = 1; level <= questionnaire.levelCount(); level++) {
            levels.getChildren().add(choice("consensus-level-" + level, level + " · " + questionnaire.levelLabel(level),
                    "Agree level " + level + ", " + questionnaire.levelLabel(level), AnswerValue.level(level), agreed));
        }
        levels.getChildren().add(choice("consensus-na", "Not applicable (N)", "Agree that this does not apply",
                AnswerValue.NOT_APPLICABLE, agreed));
        levels.getChildren().add(choice("consensus-dontknow", "Don't know yet (D)", "Agree that nobody knows yet",
                AnswerValue.DONT_KNOW, agreed));
        Button undo = Forms.button("consensus-undo", "Undo (Ctrl+Z)", "Take back the last consensus change");
        undo.setDisable(!model.canUndo());
        undo.setOnAction(e -> model.undo());
        levels.getChildren().add(undo);
    }

    private ToggleButton choice(String id, String text, String accessible, AnswerValue value, AnswerValue agreed) {
        var button = new ToggleButton(text);
        button.setId(id);
        button.setAccessibleText(accessible);
        String key = switch (value) {
            case AnswerValue.Level level -> String.valueOf(level.value());
            case AnswerValue.NotApplicable _ -> "N";
            case AnswerValue.DontKnow _ -> "D";
        };
        button.setTooltip(new javafx.scene.control.Tooltip(accessible + " (key " + key + "; Ctrl+Z takes it back)"));
        button.setToggleGroup(levelGroup);
        button.setSelected(value.equals(agreed));
        // The group's level is set by the model; the toggle only shows it, so a second click does not clear it.
        button.setOnAction(e -> {
            button.setSelected(value.equals(agreed));
            model.agree(value);
        });
        return button;
    }

    private void showTarget(Questionnaire questionnaire, ItemDiscussion item) {
        var choices = new java.util.ArrayList<TargetChoice>();
        String packDefault = item.item().defaultTarget().isPresent()
                ? "Questionnaire's suggestion (level " + item.item().defaultTarget().getAsInt() + ")"
                : "No target";
        choices.add(new TargetChoice(null, packDefault));
        for (int level = 1; level <= questionnaire.levelCount(); level++) {
            choices.add(new TargetChoice(level, "Level " + level + " · " + questionnaire.levelLabel(level)));
        }
        target.getItems().setAll(choices);
        Integer set = item.score().target().isPresent() && !isPackDefault(item) ? item.score().target().getAsInt() : null;
        target.getSelectionModel().select(choices.stream().filter(c -> java.util.Objects.equals(c.level(), set))
                .findFirst().orElse(choices.getFirst()));
    }

    private static boolean isPackDefault(ItemDiscussion item) {
        return item.item().defaultTarget().isPresent()
                && item.item().defaultTarget().getAsInt() == item.score().target().getAsInt();
    }
}
