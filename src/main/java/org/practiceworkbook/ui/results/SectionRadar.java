package org.practiceworkbook.ui.results;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;

import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

import org.practiceworkbook.assessment.RoleGroup;
import org.practiceworkbook.assessment.RoundResults;
import org.practiceworkbook.assessment.SectionResult;
import org.practiceworkbook.ui.charts.RadarChart;

/**
 * The sections as a radar: the whole team's scores, and, when chosen, each group of roles' own, to show how
 * differently the partners, managers and nurses see the practice.
 */
final class SectionRadar extends VBox {

    private final RadarChart radar = new RadarChart();
    private final FlowPane groups = new FlowPane();
    private final Set<RoleGroup> shown = EnumSet.noneOf(RoleGroup.class);
    private RoundResults results;

    SectionRadar() {
        getStyleClass().add("section-radar");
        radar.setId("results-radar");
        groups.setId("results-radar-groups");
        groups.getStyleClass().add("button-row");
        getChildren().addAll(groups, radar);
    }

    RadarChart chart() {
        return radar;
    }

    /** For a picture in a file: the choice of groups is the screen's, not the slide's. */
    void hideChoices() {
        groups.setVisible(false);
        groups.setManaged(false);
    }

    void show(RoundResults showing) {
        this.results = showing;
        shown.retainAll(showing.byGroup().keySet());
        groups.getChildren().setAll(new Label("Compare with:"));
        for (RoleGroup group : showing.byGroup().keySet().stream().sorted().toList()) {
            var box = new CheckBox(group.label());
            box.setId("radar-group-" + group.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            box.setAccessibleHelp("Add the " + group.label().toLowerCase(Locale.UK) + "' own scores to the radar");
            box.setTooltip(new javafx.scene.control.Tooltip("Add a line for this group's own answers ("
                    + group.label() + "), to see where they differ from the whole team"));
            box.setSelected(shown.contains(group));
            box.setOnAction(e -> {
                if (box.isSelected()) {
                    shown.add(group);
                } else {
                    shown.remove(group);
                }
                draw();
            });
            groups.getChildren().add(box);
        }
        draw();
    }

    private void draw() {
        var sections = results.sections();
        var series = new ArrayList<RadarChart.Series>();
        series.add(series("Whole team", sections, sections));
        for (RoleGroup group : shown.stream().sorted().toList()) {
            series.add(series(group.label(), sections, results.byGroup().get(group)));
        }
        radar.setTitle(results.questionnaire().title());
        radar.show(sections.stream().map(s -> s.section().title()).toList(), series);
    }

    /** A series with one value per section shown, matched by id: a group may have no score where the team has. */
    private static RadarChart.Series series(String name, List<SectionResult> axes, List<SectionResult> scores) {
        var values = new ArrayList<OptionalDouble>();
        var texts = new ArrayList<String>();
        for (SectionResult axis : axes) {
            var score = scores.stream().filter(s -> s.section().id().equals(axis.section().id())).findFirst();
            values.add(score.map(SectionResult::percent).orElse(OptionalDouble.empty()));
            texts.add(score.filter(s -> s.score().isPresent()).map(s -> "level " + ResultsText.levelText(
                    s.score().getAsDouble()) + " of " + s.levelCount()).orElse(""));
        }
        return new RadarChart.Series(name, values, texts);
    }
}
