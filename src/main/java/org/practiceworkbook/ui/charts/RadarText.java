package org.practiceworkbook.ui.charts;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

import org.practiceworkbook.ui.charts.RadarGeometry.Box;
import org.practiceworkbook.ui.charts.RadarGeometry.Fit;
import org.practiceworkbook.ui.charts.RadarGeometry.Placed;

/** The chart's labels: measuring, wrapping, aligning and placing them. */
final class RadarText {

    private RadarText() {
    }

    /**
     * The width of the label's longest word with its padding: narrower than this, a wrapped label would have to cut
     * a word short, so it is never made narrower.
     */
    static double longestWord(Label label) {
        var measure = new Text();
        measure.setFont(label.getFont());
        double widest = 0;
        for (String word : label.getText().split("\\s+")) {
            measure.setText(word);
            widest = Math.max(widest, measure.getLayoutBounds().getWidth());
        }
        // A pixel spare, so rounding never makes the last letter give way to an ellipsis.
        return Math.ceil(widest) + 1 + label.snappedLeftInset() + label.snappedRightInset();
    }

    /** Lines of a label on the right of the chart line up on their left, on the left on their right. */
    static void align(Label label, double angle) {
        double across = Math.sin(angle);
        label.setTextAlignment(across > 0.3 ? TextAlignment.LEFT : across < -0.3 ? TextAlignment.RIGHT
                : TextAlignment.CENTER);
        label.setAlignment(across > 0.3 ? Pos.CENTER_LEFT : across < -0.3 ? Pos.CENTER_RIGHT : Pos.CENTER);
    }

    static void place(Label label, Box box) {
        label.resizeRelocate(box.x(), box.y(), box.width(), box.height());
    }

    /**
     * The axis labels' sizes at each wrapping width to try, widest first: a label wraps onto more lines only when
     * the chart needs the room, and never narrower than its longest word.
     */
    static List<List<Placed>> wrappings(List<Label> axisLabels, double width, double em) {
        var wrappings = new ArrayList<List<Placed>>();
        for (double wrap = Math.min(11 * em, width * 0.3); wrap >= 4 * em || wrappings.isEmpty(); wrap *= 0.85) {
            var placed = new ArrayList<Placed>();
            for (int axis = 0; axis < axisLabels.size(); axis++) {
                Label label = axisLabels.get(axis);
                double angle = RadarGeometry.angle(axis, axisLabels.size());
                // Labels above and below the rings take no width from them, so they may be wider and less tall.
                double most = RadarGeometry.centred(angle) ? Math.min(1.6 * wrap, 0.5 * width) : wrap;
                double labelWidth = Math.min(label.prefWidth(-1), Math.max(most, longestWord(label)));
                placed.add(new Placed(angle, labelWidth, label.prefHeight(labelWidth)));
            }
            wrappings.add(placed);
        }
        return wrappings;
    }

    /**
     * Ring labels sit inside their rings half-way between two spokes, where no value is written: between the first
     * two if they fit there, else the next two, and so on. In a chart too crowded for them they are left out, since
     * the values are written anyway.
     */
    static void placeRingLabels(List<Label> labels, List<Integer> percents, Fit fit, int axisCount, double inset,
            List<Box> taken) {
        for (int axis = 0; axis < axisCount; axis++) {
            double between = (2 * axis + 1) * Math.PI / axisCount;
            var boxes = new ArrayList<Box>();
            for (int i = 0; i < labels.size(); i++) {
                Label label = labels.get(i);
                double distance = fit.radius() * percents.get(i) / 100.0 - inset;
                boxes.add(RadarGeometry.outward(RadarGeometry.x(fit.centreX(), between, distance),
                        RadarGeometry.y(fit.centreY(), between, distance), between + Math.PI, label.prefWidth(-1),
                        label.prefHeight(-1)));
            }
            if (!RadarGeometry.anyOverlap(boxes) && boxes.stream().noneMatch(b -> taken.stream().anyMatch(b::overlaps))) {
                for (int i = 0; i < boxes.size(); i++) {
                    place(labels.get(i), boxes.get(i));
                }
                labels.forEach(label -> label.setVisible(true));
                return;
            }
        }
        labels.forEach(label -> label.setVisible(false));
    }
}
