package org.practiceworkbook.ui.consensus;

import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

import org.practiceworkbook.assessment.AnswerValue;
import org.practiceworkbook.assessment.ItemDiscussion;
import org.practiceworkbook.questionnaire.Questionnaire;

/**
 * How many people chose each level, as a bar per level with its number written beside it (never colour alone), the
 * agreed level marked in words. Names never appear here: a room sees the spread, not who scored what.
 */
final class SpreadBars extends GridPane {

    SpreadBars() {
        getStyleClass().add("spread-bars");
        var labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        var bars = new ColumnConstraints();
        bars.setHgrow(Priority.ALWAYS);
        bars.setMinWidth(60);
        var counts = new ColumnConstraints();
        counts.setMinWidth(Region.USE_PREF_SIZE);
        getColumnConstraints().setAll(labels, bars, counts);
        setFocusTraversable(false);
    }

    void show(Questionnaire questionnaire, ItemDiscussion item) {
        getChildren().clear();
        int most = Math.max(1, item.levelCounts().stream().mapToInt(Integer::intValue).max().orElse(1));
        var agreed = item.consensus().map(c -> c.value()).orElse(null);
        var summary = new StringBuilder();
        for (int level = 1; level <= questionnaire.levelCount(); level++) {
            int count = item.count(level);
            boolean isAgreed = agreed instanceof AnswerValue.Level l && l.value() == level;
            var name = new Label(level + "  " + questionnaire.levelLabel(level));
            name.getStyleClass().add("spread-level");
            var bar = new Region();
            bar.getStyleClass().add("spread-bar");
            if (isAgreed) {
                bar.getStyleClass().add("agreed");
            }
            bar.maxWidthProperty().bind(widthProperty().multiply(0.55 * count / most));
            bar.setMinWidth(count == 0 ? 0 : 6);
            var track = new StackPane(bar);
            track.getStyleClass().add("spread-track");
            track.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            var number = new Label(people(count) + (isAgreed ? "  ◀ agreed" : ""));
            number.getStyleClass().add("spread-count");
            addRow(level - 1, name, track, number);
            summary.append("Level ").append(level).append(", ").append(questionnaire.levelLabel(level)).append(": ")
                    .append(people(count)).append(isAgreed ? ", agreed" : "").append(". ");
        }
        var others = new Label("Not applicable: " + item.score().notApplicableCount() + "   Don't know: "
                + item.score().dontKnowCount());
        others.getStyleClass().add("spread-others");
        add(others, 0, questionnaire.levelCount(), 3, 1);
        summary.append("Not applicable ").append(item.score().notApplicableCount()).append(", don't know ")
                .append(item.score().dontKnowCount()).append('.');
        setAccessibleText(summary.toString());
    }

    private static String people(int count) {
        return count + (count == 1 ? " person" : " people");
    }
}
