package org.practiceworkbook.ui.results;

import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;

import org.practiceworkbook.assessment.ItemDiscussion;
import org.practiceworkbook.assessment.RoundResults;
import org.practiceworkbook.assessment.Scale;

/**
 * Each item's score as a bar across the scale, its target as a mark on the same track, and the numbers written
 * beside it (never colour or length alone): where the practice is, where it aims, and how far apart.
 */
final class ItemBars extends GridPane {

    ItemBars() {
        getStyleClass().add("item-bars");
        var statements = new ColumnConstraints();
        statements.setPercentWidth(40);
        var bars = new ColumnConstraints();
        bars.setPercentWidth(22);
        var numbers = new ColumnConstraints();
        numbers.setPercentWidth(38);
        getColumnConstraints().setAll(statements, bars, numbers);
    }

    void show(RoundResults results) {
        getChildren().clear();
        var summary = new StringBuilder("Item scores. ");
        int row = 0;
        int number = 0;
        String section = null;
        for (ItemDiscussion item : results.items()) {
            number++;
            if (!item.section().id().equals(section)) {
                section = item.section().id();
                var title = new Label(item.section().title());
                title.getStyleClass().add("chart-section-title");
                add(title, 0, row++, 3, 1);
            }
            var statement = new Label(number + ". " + item.item().statement());
            statement.setWrapText(true);
            statement.getStyleClass().add("item-bar-statement");
            add(statement, 0, row);
            add(track(item, results.questionnaire().levelCount()), 1, row);
            var text = new Label(ResultsText.itemLine(item, results.questionnaire().levelCount()));
            text.getStyleClass().add("item-bar-value");
            text.setWrapText(true);
            add(text, 2, row++);
            summary.append(number).append(": ").append(text.getText()).append(". ");
        }
        setAccessibleText(summary.toString());
    }

    private Pane track(ItemDiscussion item, int levels) {
        var track = new Pane();
        track.getStyleClass().add("item-bar-track");
        var bar = new Region();
        bar.getStyleClass().add("item-bar");
        if (item.score().fromConsensus()) {
            bar.getStyleClass().add("agreed");
        }
        double fraction = item.score().score().isPresent()
                ? Math.max(0.02, Scale.percent(item.score().score().getAsDouble(), levels) / 100) : 0;
        bar.prefWidthProperty().bind(track.widthProperty().multiply(fraction));
        bar.prefHeightProperty().bind(track.heightProperty());
        track.getChildren().add(bar);
        item.score().target().ifPresent(target -> {
            var mark = new Line();
            mark.getStyleClass().add("item-target");
            double at = Scale.percent(target, levels) / 100;
            mark.startXProperty().bind(track.widthProperty().multiply(at));
            mark.endXProperty().bind(track.widthProperty().multiply(at));
            mark.setStartY(0);
            mark.endYProperty().bind(track.heightProperty());
            track.getChildren().add(mark);
        });
        return track;
    }
}
