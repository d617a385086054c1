package org.practiceworkbook.ui.results;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;

import org.practiceworkbook.assessment.RoleGroup;
import org.practiceworkbook.assessment.RoundResults;
import org.practiceworkbook.assessment.SectionResult;

/**
 * Every section's score written out: the team's (agreed levels where agreed), each role group's own, and the
 * "don't know" answers it drew, which often say more than a score about where a practice lacks information.
 */
final class SectionTable extends GridPane {

    SectionTable() {
        getStyleClass().add("section-table");
    }

    void show(RoundResults results) {
        getChildren().clear();
        List<RoleGroup> groups = results.byGroup().keySet().stream().sorted().toList();
        int column = 0;
        add(heading("Section"), column++, 0);
        add(heading("Whole team"), column++, 0);
        for (RoleGroup group : groups) {
            add(heading(group.label()), column++, 0);
        }
        add(heading("Don't know"), column, 0);
        var summary = new StringBuilder("Section scores. ");
        int row = 1;
        for (SectionResult section : results.sections()) {
            column = 0;
            var title = new Label(section.section().title());
            title.setWrapText(true);
            title.getStyleClass().add("section-table-title");
            add(title, column++, row);
            var team = value(section.percent());
            team.getStyleClass().add("section-team-score");
            add(team, column++, row);
            summary.append(section.section().title()).append(": team ").append(team.getText());
            for (RoleGroup group : groups) {
                OptionalDouble percent = groupPercent(results.byGroup(), group, section);
                var cell = value(percent);
                add(cell, column++, row);
                summary.append(", ").append(group.label()).append(" ").append(cell.getText());
            }
            add(new Label(String.valueOf(section.dontKnow())), column, row);
            summary.append(", don't know ").append(section.dontKnow()).append(". ");
            row++;
        }
        setAccessibleText(summary.toString());
    }

    private static OptionalDouble groupPercent(Map<RoleGroup, List<SectionResult>> byGroup, RoleGroup group,
                                               SectionResult section) {
        return byGroup.get(group).stream().filter(s -> s.section().id().equals(section.section().id())).findFirst()
                .map(SectionResult::percent).orElse(OptionalDouble.empty());
    }

    private static Label value(OptionalDouble percent) {
        return new Label(percent.isPresent() ? ResultsText.percent(percent.getAsDouble()) : "–");
    }

    private static Label heading(String text) {
        var label = new Label(text);
        label.getStyleClass().add("heat-heading");
        // Headings wrap between words, never inside one: the column is at least as wide as the longest word.
        label.setWrapText(true);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        label.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }
}
