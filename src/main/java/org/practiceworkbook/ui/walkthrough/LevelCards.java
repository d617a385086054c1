package org.practiceworkbook.ui.walkthrough;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.practiceworkbook.assessment.AnswerValue;
import org.practiceworkbook.questionnaire.Item;
import org.practiceworkbook.questionnaire.Questionnaire;

/**
 * Every level of the scale as a card with what it looks like in a practice, then "not applicable" and "don't know".
 * The chosen card says so in words ("Your answer"), not by colour alone.
 */
final class LevelCards extends VBox {

    private final ToggleGroup group = new ToggleGroup();
    private final List<ToggleButton> levels = new ArrayList<>();
    private final ToggleButton notApplicable = special("answer-na", "Not applicable", "N",
            "This item does not apply to the practice");
    private final ToggleButton dontKnow = special("answer-dontknow", "Don't know", "D",
            "You do not know enough to score this item");
    private final Consumer<AnswerValue> choose;
    private boolean showing;

    LevelCards(Consumer<AnswerValue> choose) {
        this.choose = choose;
        getStyleClass().add("level-cards");
    }

    /** Shows an item's descriptors, with its current answer chosen. */
    void show(Questionnaire questionnaire, Item item, AnswerValue answer) {
        showing = true;
        levels.clear();
        getChildren().clear();
        for (int level = 1; level <= questionnaire.levelCount(); level++) {
            levels.add(card(level, questionnaire.levelLabel(level), item.descriptor(level)));
        }
        getChildren().addAll(levels);
        var specials = new FlowPane(notApplicable, dontKnow);
        specials.getStyleClass().add("button-row");
        getChildren().add(specials);
        select(answer);
        showing = false;
    }

    void select(AnswerValue answer) {
        ToggleButton chosen = switch (answer) {
            case AnswerValue.Level level -> levels.get(level.value() - 1);
            case AnswerValue.NotApplicable _ -> notApplicable;
            case AnswerValue.DontKnow _ -> dontKnow;
            case null -> null;
        };
        showing = true;
        group.selectToggle(chosen);
        for (ToggleButton button : allButtons()) {
            boolean isChosen = button == chosen;
            button.setSelected(isChosen);
            Object mark = button.getProperties().get("chosen-mark");
            if (mark instanceof Label label) {
                label.setVisible(isChosen);
            }
            String base = (String) button.getProperties().get("accessible");
            button.setAccessibleText(isChosen ? base + ". Your answer." : base);
        }
        showing = false;
    }

    /** The button to put focus on: the chosen one, else the first level. */
    ToggleButton focusTarget() {
        return group.getSelectedToggle() instanceof ToggleButton chosen ? chosen : levels.getFirst();
    }

    boolean isCard(Object node) {
        return levels.contains(node) || node == notApplicable || node == dontKnow;
    }

    private List<ToggleButton> allButtons() {
        var all = new ArrayList<>(levels);
        all.add(notApplicable);
        all.add(dontKnow);
        return all;
    }

    private ToggleButton card(int level, String label, String descriptor) {
        var number = new Label(String.valueOf(level));
        number.getStyleClass().add("level-number");
        number.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        var title = new Label(label);
        title.getStyleClass().add("level-label");
        var mark = new Label("✓ Your answer");
        mark.getStyleClass().add("chosen-mark");
        mark.setVisible(false);
        var heading = new HBox(title, mark);
        heading.getStyleClass().add("level-heading");
        var text = new Label(descriptor);
        text.setWrapText(true);
        text.getStyleClass().add("level-descriptor");
        var words = new VBox(heading, text);
        HBox.setHgrow(words, Priority.ALWAYS);
        var card = new ToggleButton(null, new HBox(number, words));
        card.getStyleClass().add("level-card");
        card.setId("level-" + level);
        card.setMaxWidth(Double.MAX_VALUE);
        card.setWrapText(true);
        String accessible = "Level " + level + ", " + label + ": " + descriptor;
        card.getProperties().put("accessible", accessible);
        card.getProperties().put("chosen-mark", mark);
        card.setAccessibleText(accessible);
        card.setAccessibleHelp("Press " + level + " to choose this level");
        card.setToggleGroup(group);
        card.setOnAction(e -> chosen(card, AnswerValue.level(level)));
        return card;
    }

    private ToggleButton special(String id, String text, String key, String help) {
        var button = new ToggleButton(text + " (" + key + ")");
        button.setId(id);
        button.getStyleClass().add("special-answer");
        button.getProperties().put("accessible", text);
        button.setAccessibleText(text);
        button.setAccessibleHelp(help + ". Press " + key + ".");
        button.setTooltip(new javafx.scene.control.Tooltip(button.getAccessibleHelp()));
        button.setToggleGroup(group);
        AnswerValue value = id.equals("answer-na") ? AnswerValue.NOT_APPLICABLE : AnswerValue.DONT_KNOW;
        button.setOnAction(e -> chosen(button, value));
        return button;
    }

    private void chosen(ToggleButton button, AnswerValue value) {
        if (showing) {
            return;
        }
        // Clicking the chosen card again keeps it chosen: an answer is changed, never silently removed.
        button.setSelected(true);
        choose.accept(value);
    }
}
