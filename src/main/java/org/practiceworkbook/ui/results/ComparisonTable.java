package org.practiceworkbook.ui.results;

import java.util.Map;
import java.util.OptionalDouble;

import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;

import org.practiceworkbook.assessment.Comparison;

/**
 * Practices side by side for one questionnaire: each practice's newest round, section by section, with its distance
 * from the group's median written in points, and the median itself as the last row.
 */
final class ComparisonTable extends GridPane {

    ComparisonTable() {
        getStyleClass().add("section-table");
    }

    void show(Comparison comparison, String practiceShown) {
        getChildren().clear();
        int column = 0;
        add(heading("Practice (its newest round with answers)"), column++, 0);
        for (String title : comparison.sections().values()) {
            add(heading(title), column++, 0);
        }
        var summary = new StringBuilder("Practices compared with the group's median. ");
        int row = 1;
        for (Comparison.Row practice : comparison.rows()) {
            var name = new Label(practice.practice() + " (" + practice.round() + ")");
            name.setWrapText(true);
            name.getStyleClass().add("section-table-title");
            if (practice.practice().equals(practiceShown)) {
                name.getStyleClass().add("section-team-score");
            }
            add(name, 0, row);
            summary.append(practice.practice()).append(": ");
            column = 1;
            for (String id : comparison.sections().keySet()) {
                OptionalDouble percent = practice.percents().getOrDefault(id, OptionalDouble.empty());
                OptionalDouble away = practice.fromMedian(id, comparison);
                String text = percent.isPresent() ? ResultsText.percent(percent.getAsDouble())
                        + (away.isPresent() ? " (" + ResultsText.signedPoints(away.getAsDouble()) + ")" : "") : "–";
                add(new Label(text), column++, row);
                summary.append(comparison.sections().get(id)).append(" ").append(text).append("; ");
            }
            summary.append(". ");
            row++;
        }
        var median = new Label("Median of the group");
        median.getStyleClass().add("heat-heading");
        add(median, 0, row);
        column = 1;
        for (Map.Entry<String, OptionalDouble> entry : comparison.medians().entrySet()) {
            var value = new Label(entry.getValue().isPresent() ? ResultsText.percent(entry.getValue().getAsDouble()) : "–");
            value.getStyleClass().add("heat-heading");
            add(value, column++, row);
        }
        setAccessibleText(summary.toString());
    }

    private static Label heading(String text) {
        var label = new Label(text);
        label.getStyleClass().add("heat-heading");
        label.setWrapText(true);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }
}
