package org.practiceworkbook.ui.results;

import java.util.List;
import java.util.OptionalDouble;

import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

import org.practiceworkbook.assessment.SectionTrend;

/**
 * Each section's score across the practice's rounds as a line, with the change since the last round written beside
 * the chart in points: what moved in six months reads without tracing lines.
 */
final class TrendChart extends VBox {

    private final LineChart<String, Number> chart;
    private final GridPane changes = new GridPane();

    TrendChart() {
        getStyleClass().add("trend-chart");
        var rounds = new CategoryAxis();
        rounds.setLabel("Round");
        var percent = new NumberAxis(0, 100, 25);
        percent.setLabel("Score (% of the scale)");
        chart = new LineChart<>(rounds, percent);
        chart.setAnimated(false);
        chart.setId("trend-lines");
        chart.setLegendSide(javafx.geometry.Side.BOTTOM);
        changes.setId("trend-changes");
        changes.getStyleClass().add("trend-changes");
        getChildren().addAll(chart, changes);
    }

    void show(List<String> roundLabels, List<SectionTrend> trends) {
        chart.getData().clear();
        changes.getChildren().clear();
        var summary = new StringBuilder("Section scores across " + roundLabels.size() + " rounds. ");
        changes.add(heading("Section"), 0, 0);
        for (int i = 0; i < roundLabels.size(); i++) {
            changes.add(heading(roundLabels.get(i)), i + 1, 0);
        }
        changes.add(heading("Change since the last round"), roundLabels.size() + 1, 0);
        int row = 1;
        for (SectionTrend trend : trends) {
            var series = new XYChart.Series<String, Number>();
            series.setName(trend.title());
            for (int i = 0; i < roundLabels.size(); i++) {
                OptionalDouble value = trend.percents().get(i);
                if (value.isPresent()) {
                    series.getData().add(new XYChart.Data<>(roundLabels.get(i), value.getAsDouble()));
                }
            }
            chart.getData().add(series);
            changes.add(new Label(trend.title()), 0, row);
            summary.append(trend.title()).append(":");
            for (int i = 0; i < trend.percents().size(); i++) {
                OptionalDouble value = trend.percents().get(i);
                String text = value.isPresent() ? ResultsText.percent(value.getAsDouble()) : "no score";
                changes.add(new Label(text), i + 1, row);
                summary.append(" ").append(roundLabels.get(i)).append(" ").append(text).append(";");
            }
            String change = trend.changeSinceLast().isPresent() ? ResultsText.change(trend.changeSinceLast().getAsDouble())
                    : "–";
            changes.add(new Label(change), trend.percents().size() + 1, row++);
            summary.append(" change ").append(change).append(". ");
        }
        setAccessibleText(summary.toString());
        chart.setAccessibleText(summary.toString());
    }

    private static Label heading(String text) {
        var label = new Label(text);
        label.getStyleClass().add("trend-heading");
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    LineChart<String, Number> chart() {
        return chart;
    }
}
