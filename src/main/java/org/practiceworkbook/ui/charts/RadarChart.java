package org.practiceworkbook.ui.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import javafx.scene.AccessibleRole;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.text.Font;

import org.practiceworkbook.ui.charts.RadarGeometry.Arrangement;
import org.practiceworkbook.ui.charts.RadarGeometry.Box;
import org.practiceworkbook.ui.charts.RadarGeometry.Fit;

/**
 * A radar (spider) chart of percentages: one spoke per axis, 0% at the centre and 100% on the outer ring, each series
 * an outline with a marker at each value. Made for a questionnaire's section scores: the first series (the consensus)
 * is drawn strongest and has its values written beside it; further series (one per role group, say) are thinner.
 *
 * <p>Colour is never the only difference between series: each also has its own marker shape and line dash, the legend
 * shows the same, and every value is in the chart's accessible text ({@link #textSummary()}). Colours, line widths and
 * sizes all come from app.css, in em, so the chart grows with View &gt; Text size and on the projector.
 */
public final class RadarChart extends Region {

    /**
     * One outline on the chart.
     *
     * @param values     one per axis, as a percentage from 0 to 100; empty where there is no score, which is drawn as
     *                   a gap in the outline and written as "no score", never as 0
     * @param valueTexts either empty, or one per axis: words added after the percentage in tooltips and the text
     *                   summary ("level 3.5 of 5"); a blank entry adds nothing
     */
    public record Series(String name, List<OptionalDouble> values, List<String> valueTexts) {

        public Series {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("a series needs a name for its legend");
            }
            values = List.copyOf(values);
            for (OptionalDouble value : values) {
                if (value.isPresent() && !(value.getAsDouble() >= 0 && value.getAsDouble() <= 100)) {
                    throw new IllegalArgumentException(name + ": values are percentages from 0 to 100, not "
                            + value.getAsDouble());
                }
            }
            valueTexts = List.copyOf(valueTexts);
            if (!valueTexts.isEmpty() && valueTexts.size() != values.size()) {
                throw new IllegalArgumentException(name + ": " + valueTexts.size() + " value texts for "
                        + values.size() + " values");
            }
        }

        public Series(String name, List<OptionalDouble> values) {
            this(name, values, List.of());
        }

        /** "63%", "63% (level 3.5 of 5)" or "no score". */
        public String describe(int axis) {
            OptionalDouble value = values.get(axis);
            if (value.isEmpty()) {
                return "no score";
            }
            String extra = valueTexts.isEmpty() ? "" : valueTexts.get(axis);
            return percent(value.getAsDouble()) + (extra.isBlank() ? "" : " (" + extra + ")");
        }
    }

    /** The rings drawn, as percentages; only some are labelled, so the middle stays uncluttered. */
    private static final List<Integer> RINGS = List.of(25, 50, 75, 100);
    private static final List<Integer> LABELLED_RINGS = List.of(50, 100);

    private final Label title = new Label();
    private final Pane plot = new Pane();
    private final FlowPane legend = new FlowPane();
    private final List<Circle> rings = new ArrayList<>();
    private final List<Label> ringLabels = new ArrayList<>();
    private final List<Line> spokes = new ArrayList<>();
    private final List<Label> axisLabels = new ArrayList<>();
    private final List<RadarSeriesNodes> drawn = new ArrayList<>();
    private List<String> axes = List.of();
    private List<Series> series = List.of();

    public RadarChart() {
        getStyleClass().add("radar-chart");
        title.getStyleClass().add("radar-title");
        title.setWrapText(true);
        title.setMaxWidth(Double.MAX_VALUE);
        legend.getStyleClass().add("chart-legend");
        plot.getStyleClass().add("radar-plot");
        getChildren().addAll(title, plot, legend);
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        // Reachable by Tab, so a keyboard user can open its context menu and a screen reader reads its summary.
        setFocusTraversable(true);
        rebuild();
    }

    /** The axes' names, clockwise from the top. Series that no longer have one value per axis are dropped. */
    public void setAxes(List<String> axisLabels) {
        axes = List.copyOf(axisLabels);
        series = series.stream().filter(s -> s.values().size() == axes.size()).toList();
        rebuild();
    }

    /** The series to draw, the first drawn strongest; each must have one value per axis. */
    public void setSeries(List<Series> newSeries) {
        checkFit(axes, newSeries);
        series = List.copyOf(newSeries);
        rebuild();
    }

    /** Axes and series at once, for a chart showing something new; each series must have one value per axis. */
    public void show(List<String> axisLabels, List<Series> newSeries) {
        checkFit(axisLabels, newSeries);
        axes = List.copyOf(axisLabels);
        series = List.copyOf(newSeries);
        rebuild();
    }

    private static void checkFit(List<String> axisLabels, List<Series> newSeries) {
        for (Series s : newSeries) {
            if (s.values().size() != axisLabels.size()) {
                throw new IllegalArgumentException(s.name() + " has " + s.values().size() + " values for "
                        + axisLabels.size() + " axes");
            }
        }
    }

    public void setTitle(String text) {
        title.setText(text == null ? "" : text);
        rebuild();
    }

    public List<String> axes() {
        return axes;
    }

    public List<Series> series() {
        return series;
    }

    /** Every axis and every series' value in plain words: the chart's accessible text, and its text for export. */
    public String textSummary() {
        var text = new StringBuilder("Radar chart of section scores");
        if (!title.getText().isBlank()) {
            text.append(": ").append(title.getText());
        }
        text.append('.');
        if (axes.isEmpty() || series.isEmpty()) {
            return text.append(" Nothing to show yet.").toString();
        }
        for (int axis = 0; axis < axes.size(); axis++) {
            text.append(' ').append(axes.get(axis)).append(": ");
            for (int s = 0; s < series.size(); s++) {
                text.append(s == 0 ? "" : ", ").append(series.get(s).name()).append(' ')
                        .append(series.get(s).describe(axis));
            }
            text.append('.');
        }
        return text.toString();
    }

    static String percent(double value) {
        return Math.round(value) + "%";
    }

    private void rebuild() {
        title.setVisible(!title.getText().isBlank());
        rings.clear();
        ringLabels.clear();
        spokes.clear();
        axisLabels.clear();
        drawn.clear();
        var nodes = plot.getChildren();
        nodes.clear();
        for (int ring : RINGS) {
            var circle = new Circle();
            circle.getStyleClass().addAll("radar-ring", ring == 100 ? "outer" : "inner");
            rings.add(circle);
        }
        nodes.addAll(rings);
        for (int axis = 0; axis < axes.size(); axis++) {
            var spoke = new Line();
            spoke.getStyleClass().add("radar-spoke");
            spokes.add(spoke);
            var label = new Label(axes.get(axis));
            label.getStyleClass().add("radar-axis-label");
            label.setWrapText(true);
            RadarText.align(label, RadarGeometry.angle(axis, axes.size()));
            axisLabels.add(label);
        }
        nodes.addAll(spokes);
        for (int ring : LABELLED_RINGS) {
            var label = new Label(percent(ring));
            label.getStyleClass().add("radar-ring-label");
            ringLabels.add(label);
        }
        nodes.addAll(ringLabels);
        for (int s = 0; s < series.size(); s++) {
            drawn.add(new RadarSeriesNodes(series.get(s), s, axes));
        }
        // The first series last, so the consensus is drawn over the role groups' outlines.
        drawn.reversed().forEach(d -> nodes.add(d.group()));
        drawn.stream().findFirst().ifPresent(first -> nodes.addAll(first.valueLabels()));
        nodes.addAll(axisLabels);
        nodes.forEach(node -> node.setManaged(false));
        // Only the markers answer the mouse, so a label or fill drawn over one never hides its tooltip.
        nodes.stream().filter(node -> !(node instanceof Group)).forEach(node -> node.setMouseTransparent(true));
        legend.getChildren().setAll(drawn.stream().map(RadarSeriesNodes::legendEntry).toList());
        legend.setVisible(!drawn.isEmpty());
        setAccessibleText(textSummary());
        requestLayout();
    }

    /** The size of the chart's text, which every gap and line is measured against. */
    private double em() {
        return axisLabels.isEmpty() ? Font.getDefault().getSize() : axisLabels.getFirst().getFont().getSize();
    }

    @Override
    protected void layoutChildren() {
        double left = snappedLeftInset();
        double top = snappedTopInset();
        double width = Math.max(0, getWidth() - left - snappedRightInset());
        double height = Math.max(0, getHeight() - top - snappedBottomInset());
        double em = em();
        double plotTop = top;
        if (title.isVisible()) {
            double titleHeight = title.prefHeight(width);
            title.resizeRelocate(left, top, width, titleHeight);
            plotTop += titleHeight + 0.4 * em;
        }
        drawn.forEach(d -> d.sizeLegendLine(em));
        double legendHeight = legend.isVisible() ? legend.prefHeight(width) : 0;
        legend.resizeRelocate(left, top + height - legendHeight, width, legendHeight);
        double plotHeight = Math.max(0, top + height - legendHeight - (legendHeight > 0 ? 0.6 * em : 0) - plotTop);
        plot.resizeRelocate(left, plotTop, width, plotHeight);
        placeDrawing(width, plotHeight, em);
    }

    private void placeDrawing(double width, double height, double em) {
        int count = axes.size();
        if (count == 0) {
            return;
        }
        double pad = 0.35 * em;
        // A marker's width beyond the outer ring before the labels start; values near 100% are written inside it.
        Arrangement arranged = RadarGeometry.arrange(width, height, 0.6 * em, pad,
                RadarText.wrappings(axisLabels, width, em));
        Fit fit = arranged.fit();
        for (int axis = 0; axis < count; axis++) {
            RadarText.place(axisLabels.get(axis), arranged.boxes().get(axis));
            double angle = RadarGeometry.angle(axis, count);
            spokes.get(axis).setStartX(fit.centreX());
            spokes.get(axis).setStartY(fit.centreY());
            spokes.get(axis).setEndX(RadarGeometry.x(fit.centreX(), angle, fit.radius()));
            spokes.get(axis).setEndY(RadarGeometry.y(fit.centreY(), angle, fit.radius()));
        }
        for (int i = 0; i < RINGS.size(); i++) {
            rings.get(i).setCenterX(fit.centreX());
            rings.get(i).setCenterY(fit.centreY());
            rings.get(i).setRadius(fit.radius() * RINGS.get(i) / 100.0);
        }
        var taken = new ArrayList<>(arranged.boxes());
        drawn.forEach(d -> d.place(fit));
        if (!drawn.isEmpty()) {
            drawn.getFirst().placeValueLabels(fit, pad, taken, new Box(0, 0, width, height));
        }
        RadarText.placeRingLabels(ringLabels, LABELLED_RINGS, fit, axes.size(), 0.1 * em, taken);
    }

    @Override
    protected double computePrefWidth(double height) {
        return 42 * em() + snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        return 36 * em() + snappedTopInset() + snappedBottomInset();
    }

    @Override
    protected double computeMinWidth(double height) {
        return 20 * em();
    }

    @Override
    protected double computeMinHeight(double width) {
        return 18 * em();
    }

    /** For tests in this package: the nodes drawn for a series, first series first. */
    List<RadarSeriesNodes> drawnSeries() {
        return List.copyOf(drawn);
    }
}
