package org.practiceworkbook.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.IntStream;

import javafx.geometry.Bounds;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.text.Text;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.practiceworkbook.ui.Theme;
import org.practiceworkbook.ui.charts.RadarChart.Series;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The radar chart as a person sees it: values where they belong, gaps where a score is missing, labels readable. */
@ExtendWith(ApplicationExtension.class)
class RadarChartTest {

    static final List<String> SECTIONS = List.of("Protected time for improvement", "Leadership and accountability",
            "Information and data", "Teamwork", "Learning from significant events and complaints",
            "Patient and public involvement", "Workforce planning and development", "Finance and contracts");

    private RadarChart chart;
    private StackPane root;

    @Start
    void start(Stage stage) {
        chart = new RadarChart();
        root = new StackPane(chart);
        root.getStyleClass().add("text-normal");
        var scene = new Scene(root, 600, 500);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    static OptionalDouble[] values(Double... percents) {
        return Arrays.stream(percents).map(p -> p == null ? OptionalDouble.empty() : OptionalDouble.of(p))
                .toArray(OptionalDouble[]::new);
    }

    /** Five sections: the consensus has no score for the third; partners scored them all. */
    private void showFiveSections(FxRobot robot) {
        robot.interact(() -> chart.show(SECTIONS.subList(0, 5), List.of(
                new Series("Consensus", List.of(values(25.0, 50.0, null, 75.0, 100.0))),
                new Series("Partners", List.of(values(50.0, 62.5, 40.0, 80.0, 0.0)),
                        List.of("level 3 of 5", "level 3.5 of 5", "", "level 4.2 of 5", "level 1 of 5")))));
    }

    @Test
    void each_value_is_marked_at_its_distance_from_the_centre_and_a_missing_score_leaves_a_gap(FxRobot robot) {
        showFiveSections(robot);

        assertThat(robot.from(chart).lookup(".radar-axis-label").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactlyInAnyOrderElementsOf(SECTIONS.subList(0, 5));
        var drawn = chart.drawnSeries();
        assertThat(drawn).extracting(d -> d.series().name()).containsExactly("Consensus", "Partners");
        assertThat(drawn).allSatisfy(d -> assertThat(d.outlines()).as("one outline per series").hasSize(1));
        assertThat(drawn.get(0).outlines().getFirst().getPoints()).as("the gap: four points, not closed").hasSize(8);
        assertThat(drawn.get(1).outlines().getFirst().getPoints()).as("closed: back to the first point").hasSize(12);
        assertThat(drawn.get(0).markers()).extracting(Node::getUserData).containsExactly(0, 1, 3, 4);
        assertThat(drawn.get(1).markers()).hasSize(5);

        Circle outer = robot.from(chart).lookup(".radar-ring.outer").queryAs(Circle.class);
        assertThat(outer.getRadius()).isGreaterThan(100);
        for (RadarSeriesNodes series : drawn) {
            for (Region marker : series.markers()) {
                int axis = (Integer) marker.getUserData();
                Bounds at = marker.getBoundsInParent();
                double distance = Math.hypot(at.getCenterX() - outer.getCenterX(), at.getCenterY() - outer.getCenterY());
                assertThat(distance).as(series.series().name() + " on axis " + axis)
                        .isCloseTo(outer.getRadius() * series.series().values().get(axis).getAsDouble() / 100, within(1.5));
            }
        }
        assertThat(drawn.get(0).valueLabels()).extracting(Label::getText)
                .containsExactly("25%", "50%", "no score", "75%", "100%");
        assertThat(chart.textSummary()).contains("Information and data: Consensus no score, Partners 40%.");
        ChartSnapshots.save(robot, chart, "radar-five-sections");
    }

    @Test
    void the_text_summary_reads_out_every_section_and_every_value(FxRobot robot) {
        showFiveSections(robot);
        robot.interact(() -> chart.setTitle("Management capacity · Away day"));

        String expected = "Radar chart of section scores: Management capacity · Away day."
                + " Protected time for improvement: Consensus 25%, Partners 50% (level 3 of 5)."
                + " Leadership and accountability: Consensus 50%, Partners 63% (level 3.5 of 5)."
                + " Information and data: Consensus no score, Partners 40%."
                + " Teamwork: Consensus 75%, Partners 80% (level 4.2 of 5)."
                + " Learning from significant events and complaints: Consensus 100%, Partners 0% (level 1 of 5).";
        assertThat(chart.textSummary()).isEqualTo(expected);
        assertThat(chart.getAccessibleText()).isEqualTo(expected);
        assertThat(chart.getAccessibleRole()).isEqualTo(AccessibleRole.IMAGE_VIEW);
    }

    @Test
    void hovering_a_marker_shows_its_section_series_and_value_and_the_legend_names_both_series(FxRobot robot) {
        showFiveSections(robot);
        Region partnersOnTeamwork = chart.drawnSeries().get(1).markers().get(3);

        robot.moveTo(partnersOnTeamwork);
        WaitForAsyncUtils.waitForFxEvents();
        var shown = new ArrayList<String>();
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> {
                shown.clear();
                robot.listWindows().stream().filter(Tooltip.class::isInstance).map(Tooltip.class::cast)
                        .filter(Tooltip::isShowing).forEach(tooltip -> shown.add(tooltip.getText()));
                return !shown.isEmpty();
            });
        } catch (TimeoutException e) {
            throw new AssertionError("no tooltip appeared over the marker", e);
        }

        assertThat(shown).containsExactly("Teamwork — Partners: 80% (level 4.2 of 5)");
        assertThat(partnersOnTeamwork.getAccessibleText()).isEqualTo("Teamwork — Partners: 80% (level 4.2 of 5)");
        assertThat(robot.from(chart).lookup(".chart-legend-item").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("Consensus", "Partners");
    }

    @ParameterizedTest(name = "{0} axes at {1}")
    @CsvSource(textBlock = """
            5, text-normal
            5, text-large
            5, text-extra-large
            1, text-normal
            3, text-normal
            6, text-normal
            8, text-normal
            8, text-extra-large
            """)
    void labels_never_overlap_or_get_cut_short(int axes, String textSize, FxRobot robot) {
        robot.interact(() -> {
            root.getStyleClass().setAll("root", textSize);
            chart.setTitle("Management capacity · Away day");
            List<Double> consensus = IntStream.range(0, axes).mapToObj(i -> 20.0 + 80.0 * i / Math.max(1, axes - 1)).toList();
            List<Double> partners = IntStream.range(0, axes).mapToObj(i -> 90.0 - 70.0 * i / Math.max(1, axes - 1)).toList();
            chart.show(SECTIONS.subList(0, axes), List.of(
                    new Series("Consensus", List.of(values(consensus.toArray(Double[]::new)))),
                    new Series("Partners", List.of(values(partners.toArray(Double[]::new)))),
                    new Series("Managers", List.of(values(partners.reversed().toArray(Double[]::new))))));
        });
        WaitForAsyncUtils.waitForFxEvents();
        ChartSnapshots.save(robot, root, axes == 5 ? "radar-" + textSize.substring(5) : "radar-" + axes + "-axes-"
                + textSize.substring(5));

        var labels = new ArrayList<Label>();
        for (String kind : List.of(".radar-axis-label", ".radar-value", ".radar-ring-label")) {
            labels.addAll(robot.from(chart).lookup(kind).queryAllAs(Label.class));
        }
        // Ring labels give way in a chart too crowded for them; everything else is always shown.
        assertThat(labels).hasSize(axes * 2 + 2);
        labels.removeIf(label -> !label.isVisible() && label.getStyleClass().contains("radar-ring-label"));
        Bounds inside = chart.getLayoutBounds();
        var boxes = new ArrayList<Bounds>();
        for (Label label : labels) {
            Bounds box = chart.sceneToLocal(label.localToScene(label.getLayoutBounds()));
            assertThat(inside.contains(box)).as("'%s' %s lies inside the chart %s", label.getText(), box, inside).isTrue();
            Text shown = (Text) label.lookup(".text");
            assertThat(shown.getText()).as("'%s' is shown whole", label.getText()).isEqualTo(label.getText());
            boxes.add(box);
        }
        for (int i = 0; i < labels.size(); i++) {
            for (int j = i + 1; j < labels.size(); j++) {
                assertThat(boxes.get(i).intersects(boxes.get(j))).as("'%s' and '%s' overlap",
                        labels.get(i).getText(), labels.get(j).getText()).isFalse();
            }
        }
    }

    @Test
    void eight_role_groups_each_have_their_own_colour_marker_and_dash_in_the_chart_and_the_legend(FxRobot robot) {
        List<String> groups = List.of("Consensus", "Partners", "Salaried GPs", "Managers", "Nurses", "Admin team",
                "Reception", "Pharmacists");
        robot.interact(() -> {
            chart.setTitle("Eight series");
            chart.show(SECTIONS.subList(0, 6), IntStream.range(0, groups.size()).mapToObj(g -> new Series(groups.get(g),
                    IntStream.range(0, 6).mapToObj(a -> OptionalDouble.of(10 + (g * 11 + a * 17) % 90)).toList())).toList());
        });
        WaitForAsyncUtils.waitForFxEvents();
        ChartSnapshots.save(robot, root, "radar-eight-series");

        assertThat(chart.drawnSeries()).extracting(d -> d.group().getStyleClass().get(1))
                .containsExactly("radar-series-1", "radar-series-2", "radar-series-3", "radar-series-4",
                        "radar-series-5", "radar-series-6", "radar-series-7", "radar-series-8");
        var shapes = new HashSet<String>();
        var dashes = new HashSet<List<Double>>();
        for (RadarSeriesNodes drawn : chart.drawnSeries()) {
            shapes.add(drawn.markers().getFirst().getShape().toString());
            dashes.add(List.copyOf(drawn.outlines().getFirst().getStrokeDashArray()));
        }
        assertThat(shapes).as("a marker shape per series").hasSize(8);
        assertThat(dashes).as("solid for the consensus, a dash pattern for six others").hasSizeGreaterThanOrEqualTo(7);
    }

    @Test
    void on_the_projector_the_chart_sits_on_a_white_card_in_large_type(FxRobot robot) {
        showFiveSections(robot);
        robot.interact(() -> {
            root.getStyleClass().setAll("root", "presentation");
            root.getScene().getWindow().setWidth(1280);
            root.getScene().getWindow().setHeight(720);
            chart.setTitle("Management capacity · Away day");
        });
        WaitForAsyncUtils.waitForFxEvents();
        ChartSnapshots.save(robot, root, "radar-presentation");

        Label axis = robot.from(chart).lookup(".radar-axis-label").queryAs(Label.class);
        assertThat(axis.getFont().getSize()).isEqualTo(28);
        assertThat(axis.getTextFill()).as("dark text on the white card, not the projector's white")
                .isNotEqualTo(Color.WHITE);
    }

    @Test
    void a_series_is_refused_unless_it_has_a_name_and_one_percentage_per_axis(FxRobot robot) {
        assertThatThrownBy(() -> new Series(" ", List.of())).hasMessageContaining("needs a name");
        assertThatThrownBy(() -> new Series("Nurses", List.of(values(120.0)))).hasMessageContaining("0 to 100");
        assertThatThrownBy(() -> new Series("Nurses", List.of(values(Double.NaN)))).hasMessageContaining("0 to 100");
        assertThatThrownBy(() -> new Series("Nurses", List.of(values(50.0)), List.of("a", "b")))
                .hasMessageContaining("2 value texts for 1 values");
        robot.interact(() -> chart.setAxes(SECTIONS.subList(0, 3)));
        assertThatThrownBy(() -> chart.setSeries(List.of(new Series("Nurses", List.of(values(50.0))))))
                .hasMessageContaining("Nurses has 1 values for 3 axes");
    }

    @Test
    void an_empty_chart_says_it_has_nothing_to_show(FxRobot robot) {
        assertThat(chart.textSummary()).isEqualTo("Radar chart of section scores. Nothing to show yet.");
    }
}
