package org.practiceworkbook.ui.results;

import java.util.List;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;

import org.practiceworkbook.assessment.AnswerValue;
import org.practiceworkbook.assessment.ItemDiscussion;
import org.practiceworkbook.assessment.Respondent;
import org.practiceworkbook.assessment.RoundResults;

/**
 * Items down, people across, each cell the person's answer written in it and shaded by level: where one person sees
 * the practice differently from the rest shows as a column, where everyone is unsure as a row of DK. People are shown
 * by role unless the workshop shows names.
 */
final class HeatMap extends GridPane {

    HeatMap() {
        getStyleClass().add("heat-map");
    }

    void show(RoundResults results, boolean names) {
        getChildren().clear();
        List<Respondent> people = results.people();
        for (int column = 0; column < people.size(); column++) {
            var heading = new Label(ResultsText.personHeading(people, column, names));
            heading.getStyleClass().add("heat-heading");
            heading.setWrapText(true);
            add(heading, column + 1, 0);
        }
        int row = 1;
        int number = 0;
        for (ItemDiscussion item : results.items()) {
            number++;
            var label = new Label(number + ". " + item.item().statement());
            label.getStyleClass().add("heat-statement");
            label.setTooltip(new Tooltip(item.item().statement()));
            add(label, 0, row);
            for (int column = 0; column < people.size(); column++) {
                AnswerValue value = results.answer(people.get(column), item.item());
                var cell = new Label(ResultsText.cell(value));
                cell.getStyleClass().addAll("heat-cell", styleOf(value, results.questionnaire().levelCount()));
                cell.setMaxWidth(Double.MAX_VALUE);
                add(cell, column + 1, row);
            }
            row++;
        }
        setAccessibleText("Heat map of " + results.items().size() + " items by " + people.size()
                + " people; each cell holds the level given, N/A or DK.");
    }

    /** Shaded by how far up the scale a level is, in five steps, so packs of 3 or 7 levels shade alike. */
    private static String styleOf(AnswerValue value, int levelCount) {
        return switch (value) {
            case AnswerValue.Level level -> "heat-level-"
                    + (1 + Math.round(4f * (level.value() - 1) / Math.max(1, levelCount - 1)));
            case AnswerValue.NotApplicable _ -> "heat-na";
            case AnswerValue.DontKnow _ -> "heat-dk";
            case null -> "heat-none";
        };
    }
}
