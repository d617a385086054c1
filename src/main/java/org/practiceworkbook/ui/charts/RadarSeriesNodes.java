package org.practiceworkbook.ui.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Polyline;
import javafx.util.Duration;

import org.practiceworkbook.ui.charts.RadarChart.Series;
import org.practiceworkbook.ui.charts.RadarGeometry.Box;
import org.practiceworkbook.ui.charts.RadarGeometry.Fit;

/**
 * What one series draws: a light fill and an outline along each run of values, a marker with a tooltip at each value,
 * and its legend entry. The style classes ({@code radar-series-N}, and {@code radar-primary} on the first) sit on the
 * series' group and its legend symbol alike, so app.css gives both the same colour, dash and marker shape.
 */
final class RadarSeriesNodes {

    /** Styles in app.css: colours, marker shapes and dashes. Further series take them again in turn. */
    static final int STYLES = 8;

    private final Series series;
    private final Group group = new Group();
    private final List<List<Integer>> runs;
    private final List<Polygon> fills = new ArrayList<>();
    private final List<Polyline> outlines = new ArrayList<>();
    private final List<Region> markers = new ArrayList<>();
    private final List<Label> valueLabels = new ArrayList<>();
    private final Line legendLine = new Line();
    private final Label legendEntry;

    RadarSeriesNodes(Series series, int index, List<String> axes) {
        this.series = series;
        String[] styles = index == 0
                ? new String[] {"radar-series", "radar-series-1", "radar-primary"}
                : new String[] {"radar-series", "radar-series-" + (index % STYLES + 1)};
        group.getStyleClass().addAll(styles);
        group.setAutoSizeChildren(false);
        runs = RadarGeometry.runs(series.values().stream().map(OptionalDouble::isPresent).toList());
        for (int i = 0; i < runs.size(); i++) {
            var fill = new Polygon();
            fill.getStyleClass().add("radar-fill");
            fills.add(fill);
            var outline = new Polyline();
            outline.getStyleClass().add("radar-line");
            outlines.add(outline);
        }
        group.getChildren().addAll(fills);
        group.getChildren().addAll(outlines);
        group.getChildren().forEach(shape -> shape.setMouseTransparent(true));
        for (int axis = 0; axis < axes.size(); axis++) {
            if (series.values().get(axis).isPresent()) {
                markers.add(hoverMarker(axes.get(axis), axis));
            }
            // Only the first series has its values written out: more would crowd the chart; the rest are on hover.
            if (index == 0) {
                valueLabels.add(valueLabel(axis));
            }
        }
        group.getChildren().addAll(markers);
        legendLine.getStyleClass().add("radar-line");
        var symbol = new StackPane(legendLine, marker());
        symbol.getStyleClass().addAll(styles);
        symbol.getStyleClass().add("chart-legend-symbol");
        legendEntry = new Label(series.name(), symbol);
        legendEntry.getStyleClass().add("chart-legend-item");
    }

    /** A marker that names its section, series and value on hover, and to a screen reader. */
    private Region hoverMarker(String axisName, int axis) {
        String words = axisName + " — " + series.name() + ": " + series.describe(axis);
        var marker = marker();
        marker.setAccessibleText(words);
        var tooltip = new Tooltip(words);
        tooltip.setShowDelay(Duration.millis(200));
        Tooltip.install(marker, tooltip);
        marker.setUserData(axis);
        return marker;
    }

    private Label valueLabel(int axis) {
        OptionalDouble value = series.values().get(axis);
        var label = new Label(value.isPresent() ? RadarChart.percent(value.getAsDouble()) : "no score");
        label.getStyleClass().add("radar-value");
        if (value.isEmpty()) {
            label.getStyleClass().add("no-score");
        }
        return label;
    }

    private static Region marker() {
        var marker = new Region();
        marker.getStyleClass().add("radar-marker");
        // Its size comes from app.css; kept at that size in the legend, where a StackPane would stretch it.
        marker.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        return marker;
    }

    Series series() {
        return series;
    }

    Group group() {
        return group;
    }

    List<Label> valueLabels() {
        return valueLabels;
    }

    /** The markers drawn, one per value present; each carries its axis number as user data. */
    List<Region> markers() {
        return markers;
    }

    List<Polyline> outlines() {
        return outlines;
    }

    Node legendEntry() {
        return legendEntry;
    }

    /** The legend's sample line is as long as two letters, so it shows a dash pattern at any text size. */
    void sizeLegendLine(double em) {
        legendLine.setEndX(2.2 * em);
    }

    void place(Fit fit) {
        int count = series.values().size();
        for (int r = 0; r < runs.size(); r++) {
            List<Integer> run = runs.get(r);
            boolean whole = run.size() == count;
            var fillPoints = new ArrayList<Double>();
            var linePoints = new ArrayList<Double>();
            if (!whole) {
                // A run stops at a gap, so its fill goes back to the centre: the missing section is left unshaded.
                fillPoints.addAll(List.of(fit.centreX(), fit.centreY()));
            }
            for (int axis : run) {
                linePoints.add(x(fit, axis));
                linePoints.add(y(fit, axis));
            }
            fillPoints.addAll(linePoints);
            if (whole) {
                linePoints.addAll(linePoints.subList(0, 2));
            }
            fills.get(r).getPoints().setAll(fillPoints);
            outlines.get(r).getPoints().setAll(linePoints);
        }
        for (Region marker : markers) {
            int axis = (Integer) marker.getUserData();
            double width = marker.prefWidth(-1);
            double height = marker.prefHeight(-1);
            marker.resizeRelocate(x(fit, axis) - width / 2, y(fit, axis) - height / 2, width, height);
        }
    }

    /**
     * Writes each value just beyond its marker along the spoke, or further out, or inside it, or beside it: the first
     * of these that stays in the plot and clear of the labels already placed. "no score" goes where a
     * full score would be, or half-way in.
     */
    void placeValueLabels(Fit fit, double pad, List<Box> taken, Box plot) {
        int count = series.values().size();
        for (int axis = 0; axis < valueLabels.size(); axis++) {
            Label label = valueLabels.get(axis);
            double angle = RadarGeometry.angle(axis, count);
            boolean present = series.values().get(axis).isPresent();
            double distance = present ? distance(fit, axis) : fit.radius();
            var candidates = new ArrayList<Box>();
            for (double[] attempt : present ? attempts(pad) : new double[][] {{-pad, Math.PI}, {-fit.radius() / 2, Math.PI}}) {
                double x = RadarGeometry.x(fit.centreX(), angle, distance + attempt[0]);
                double y = RadarGeometry.y(fit.centreY(), angle, distance + attempt[0]);
                candidates.add(RadarGeometry.outward(x, y, angle + attempt[1], label.prefWidth(-1), label.prefHeight(-1)));
            }
            Box chosen = candidates.stream()
                    .filter(b -> b.x() >= plot.x() && b.y() >= plot.y() && b.x() + b.width() <= plot.width()
                            && b.y() + b.height() <= plot.height())
                    .filter(b -> taken.stream().noneMatch(b::overlaps))
                    .findFirst().orElse(candidates.getFirst());
            RadarText.place(label, chosen);
            taken.add(chosen);
        }
    }

    /** Where to try writing a value: {distance from the marker along the spoke, direction from that point}. */
    private static double[][] attempts(double pad) {
        double out = 0;
        double in = Math.PI;
        return new double[][] {{pad, out}, {3 * pad, out}, {5 * pad, out}, {-pad, in}, {-3 * pad, in}, {-5 * pad, in},
            {pad, Math.PI / 2}, {pad, -Math.PI / 2}};
    }

    private double distance(Fit fit, int axis) {
        return fit.radius() * series.values().get(axis).getAsDouble() / 100.0;
    }

    private double x(Fit fit, int axis) {
        return RadarGeometry.x(fit.centreX(), RadarGeometry.angle(axis, series.values().size()), distance(fit, axis));
    }

    private double y(Fit fit, int axis) {
        return RadarGeometry.y(fit.centreY(), RadarGeometry.angle(axis, series.values().size()), distance(fit, axis));
    }
}
