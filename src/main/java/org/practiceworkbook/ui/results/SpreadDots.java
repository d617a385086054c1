package org.practiceworkbook.ui.results;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.shape.Circle;

import org.practiceworkbook.assessment.AnswerValue;
import org.practiceworkbook.assessment.ItemDiscussion;
import org.practiceworkbook.assessment.RoundResults;

/**
 * Each item with one dot per person at the level they gave, so the room sees at a glance whether it agrees. The
 * agreed level's column is marked in words; counts are written, not left to be counted.
 */
final class SpreadDots extends GridPane {

    SpreadDots() {
        getStyleClass().add("spread-dots");
    }

    void show(RoundResults results) {
        getChildren().clear();
        getColumnConstraints().clear();
        int levels = results.questionnaire().levelCount();
        var statements = new ColumnConstraints();
        statements.setPercentWidth(40);
        getColumnConstraints().add(statements);
        for (int level = 1; level <= levels; level++) {
            var column = new ColumnConstraints();
            column.setHgrow(Priority.ALWAYS);
            getColumnConstraints().add(column);
            var heading = new Label(level + " " + results.questionnaire().levelLabel(level));
            heading.setWrapText(true);
            heading.getStyleClass().add("heat-heading");
            add(heading, level, 0);
        }
        var summary = new StringBuilder("Spread of answers. ");
        int row = 1;
        int number = 0;
        for (ItemDiscussion item : results.items()) {
            number++;
            var label = new Label(number + ". " + item.item().statement());
            label.setWrapText(true);
            label.getStyleClass().add("item-bar-statement");
            add(label, 0, row);
            AnswerValue agreed = item.consensus().map(c -> c.value()).orElse(null);
            summary.append(number).append(":");
            for (int level = 1; level <= levels; level++) {
                int count = item.count(level);
                var dots = new FlowPane();
                dots.getStyleClass().add("spread-dot-cell");
                if (agreed instanceof AnswerValue.Level l && l.value() == level) {
                    dots.getStyleClass().add("agreed");
                }
                for (int i = 0; i < count; i++) {
                    var dot = new Circle(5);
                    dot.getStyleClass().add("spread-dot");
                    dots.getChildren().add(dot);
                }
                if (count > 0) {
                    var text = new Label(String.valueOf(count));
                    text.getStyleClass().add("spread-dot-count");
                    dots.getChildren().add(text);
                    summary.append(" level ").append(level).append(" ").append(count);
                }
                Tooltip.install(dots, new Tooltip(count + (count == 1 ? " person" : " people") + " chose level "
                        + level + (dots.getStyleClass().contains("agreed") ? " (the agreed level)" : "")));
                add(dots, level, row);
            }
            summary.append(". ");
            row++;
        }
        setAccessibleText(summary.toString());
    }
}
