package org.practiceworkbook.ui.charts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The arithmetic of a radar chart, kept apart from the nodes so it can be read (and trusted) on its own. Angles run
 * clockwise from twelve o'clock, so the first axis points straight up, as on a clock face; y grows downwards, as on
 * screen. Boxes are measured from the chart's centre until {@link #arrange} moves them into the plot.
 */
final class RadarGeometry {

    /** A label's rectangle. */
    record Box(double x, double y, double width, double height) {

        boolean overlaps(Box other) {
            return x < other.x + other.width && other.x < x + width && y < other.y + other.height
                    && other.y < y + height;
        }

        Box movedBy(double dx, double dy) {
            return new Box(x + dx, y + dy, width, height);
        }

        Box atY(double newY) {
            return new Box(x, newY, width, height);
        }

        /** How far the box's nearest point lies from the centre. */
        double distanceFromCentre() {
            return Math.hypot(Math.clamp(0, x, x + width), Math.clamp(0, y, y + height));
        }
    }

    /** Where the chart sits in its plot: the centre and the outer ring's radius. */
    record Fit(double centreX, double centreY, double radius) {
    }

    /** An axis label to place: its spoke's angle and its size at the chosen wrapping width. */
    record Placed(double angle, double width, double height) {
    }

    /** The rings and the axis labels' boxes, in the plot's coordinates. */
    record Arrangement(Fit fit, List<Box> boxes) {
    }

    /** Labels this close to vertical are centred on their spoke; the rest line up beside the rings. */
    private static final double SIDEWAYS = 0.3;

    /** How finely radii are first tried: steps of 4% of the largest the plot could hold. */
    private static final int STEPS = 25;

    private RadarGeometry() {
    }

    static double angle(int axis, int axisCount) {
        return 2 * Math.PI * axis / axisCount;
    }

    static double x(double centreX, double angle, double distance) {
        return centreX + Math.sin(angle) * distance;
    }

    static double y(double centreY, double angle, double distance) {
        return centreY - Math.cos(angle) * distance;
    }

    /**
     * A box placed outward from a point along the angle: above it at the top, to its right on the right, below it at
     * the bottom, and smoothly in between, so the box never covers the point or its spoke.
     */
    static Box outward(double pointX, double pointY, double angle, double width, double height) {
        double dx = Math.sin(angle);
        double dy = -Math.cos(angle);
        return new Box(pointX - width / 2 + dx * width / 2, pointY - height / 2 + dy * height / 2, width, height);
    }

    /**
     * An axis label at this distance along its spoke. Labels at the sides start at the spoke's end and are centred on
     * it vertically, so those above and below them have room; labels at the top and bottom are centred on the spoke.
     */
    static Box axisLabel(Placed label, double distance) {
        double dx = Math.sin(label.angle());
        if (centred(label.angle())) {
            return outward(x(0, label.angle(), distance), y(0, label.angle(), distance), label.angle(), label.width(),
                    label.height());
        }
        double pointX = x(0, label.angle(), distance);
        return new Box(dx > 0 ? pointX : pointX - label.width(), y(0, label.angle(), distance) - label.height() / 2,
                label.width(), label.height());
    }

    /** Whether a label on this spoke is centred above or below it, rather than beside it. */
    static boolean centred(double angle) {
        return Math.abs(Math.sin(angle)) <= SIDEWAYS;
    }

    /**
     * The labels around rings of this radius: each slid out along its spoke until clear of the circle {@code gap}
     * beyond the rings; then a label beside the rings moves outward off a label above or below them (there is
     * usually room to the sides), and labels on the same side move up or down off each other.
     */
    static List<Box> around(double radius, double gap, double spacing, List<Placed> labels) {
        var boxes = new ArrayList<Box>();
        for (Placed label : labels) {
            double low = radius + gap;
            double high = low + label.width() + label.height();
            for (int i = 0; i < 20; i++) {
                double middle = (low + high) / 2;
                if (axisLabel(label, middle).distanceFromCentre() >= radius + gap) {
                    high = middle;
                } else {
                    low = middle;
                }
            }
            boxes.add(axisLabel(label, high));
        }
        List<Integer> middle = IntStream.range(0, labels.size()).filter(i -> centred(labels.get(i).angle()))
                .boxed().toList();
        for (int side : new int[] {1, -1}) {
            List<Integer> column = IntStream.range(0, labels.size())
                    .filter(i -> Math.sin(labels.get(i).angle()) * side > SIDEWAYS)
                    .boxed().sorted(Comparator.comparingDouble(i -> boxes.get(i).y())).toList();
            for (int round = 0; round < 2; round++) {
                for (int i : column) {
                    for (int j : middle) {
                        Box box = boxes.get(i);
                        Box other = boxes.get(j);
                        if (box.overlaps(other)) {
                            boxes.set(i, box.movedBy(side > 0 ? other.x() + other.width() + spacing - box.x()
                                    : other.x() - spacing - box.width() - box.x(), 0));
                        }
                    }
                }
                // Down from the top, then up from the bottom: a crowded side spreads out, but stays in reach.
                column.forEach(i -> push(boxes, i, column, spacing, true));
                column.reversed().forEach(i -> push(boxes, i, column, spacing, false));
            }
        }
        return boxes;
    }

    /** Moves one box down (or up) until it no longer overlaps any of its column above (or below) it. */
    private static void push(List<Box> boxes, int moving, List<Integer> column, double spacing, boolean down) {
        for (boolean moved = true; moved; ) {
            moved = false;
            for (int j : column) {
                Box box = boxes.get(moving);
                Box other = boxes.get(j);
                if (j == moving || !other.overlaps(box) || (other.y() <= box.y()) != down) {
                    continue;
                }
                boxes.set(moving, box.atY(down ? other.y() + other.height() + spacing
                        : other.y() - box.height() - spacing));
                moved = true;
            }
        }
    }

    /** Left, top, right and bottom of the rings and the labels around them. */
    private static double[] extent(double radius, List<Box> boxes) {
        double[] extent = {-radius, -radius, radius, radius};
        for (Box box : boxes) {
            extent[0] = Math.min(extent[0], box.x());
            extent[1] = Math.min(extent[1], box.y());
            extent[2] = Math.max(extent[2], box.x() + box.width());
            extent[3] = Math.max(extent[3], box.y() + box.height());
        }
        return extent;
    }

    private static boolean fits(double[] extent, double width, double height) {
        return extent[2] - extent[0] <= width && extent[3] - extent[1] <= height;
    }

    /**
     * The largest rings that fit the plot with their labels whole and apart. Each choice of wrapping is tried at radii
     * from the largest down, since a smaller radius does not always help: it also crowds the labels together. The
     * first radius that works is then nudged up as far as it will go. A narrower wrapping wins only if it buys
     * noticeably larger rings, as more lines are harder to read. When nothing keeps the labels apart, the largest
     * arrangement that at least stays inside the plot is the least bad.
     */
    static Arrangement arrange(double width, double height, double gap, double spacing, List<List<Placed>> wrappings) {
        Arrangement best = null;
        Arrangement leastBad = null;
        double largest = Math.max(0, Math.min(width, height) / 2);
        for (List<Placed> labels : wrappings) {
            for (int step = 0; step <= STEPS; step++) {
                double radius = largest * (STEPS - step) / STEPS;
                if (best != null && radius <= best.fit().radius() * 1.1) {
                    break;
                }
                List<Box> boxes = around(radius, gap, spacing, labels);
                if (!fits(extent(radius, boxes), width, height)) {
                    continue;
                }
                if (works(radius, boxes, spacing)) {
                    double low = radius;
                    double high = Math.min(largest, radius + largest / STEPS);
                    for (int i = 0; i < 6; i++) {
                        double middle = (low + high) / 2;
                        List<Box> tried = around(middle, gap, spacing, labels);
                        if (fits(extent(middle, tried), width, height) && works(middle, tried, spacing)) {
                            low = middle;
                        } else {
                            high = middle;
                        }
                    }
                    best = centred(low, around(low, gap, spacing, labels), width, height);
                    break;
                }
                if (leastBad == null || radius > leastBad.fit().radius()) {
                    leastBad = centred(radius, boxes, width, height);
                }
            }
        }
        if (best != null) {
            return best;
        }
        return leastBad != null ? leastBad
                : centred(0, around(0, gap, spacing, wrappings.getLast()), width, height);
    }

    /** Whether the labels stand clear of the rings and of each other. */
    private static boolean works(double radius, List<Box> boxes, double spacing) {
        return boxes.stream().allMatch(b -> b.distanceFromCentre() >= radius + spacing / 2) && !anyOverlap(boxes);
    }

    private static Arrangement centred(double radius, List<Box> boxes, double width, double height) {
        double[] extent = extent(radius, boxes);
        double dx = (width - (extent[2] - extent[0])) / 2 - extent[0];
        double dy = (height - (extent[3] - extent[1])) / 2 - extent[1];
        return new Arrangement(new Fit(dx, dy, radius), boxes.stream().map(b -> b.movedBy(dx, dy)).toList());
    }

    static boolean anyOverlap(List<Box> boxes) {
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                if (boxes.get(i).overlaps(boxes.get(j))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The runs of neighbouring axes that have a value, going round the circle: an outline is drawn along each run
     * and broken where a value is missing, so a missing score never looks like a score of 0. A series with every
     * value gives one run of all axes, to be drawn closed.
     */
    static List<List<Integer>> runs(List<Boolean> present) {
        int count = present.size();
        if (!present.contains(false)) {
            return count == 0 ? List.of() : List.of(IntStream.range(0, count).boxed().toList());
        }
        int start = present.indexOf(false);
        var runs = new ArrayList<List<Integer>>();
        var run = new ArrayList<Integer>();
        for (int step = 1; step <= count; step++) {
            int axis = (start + step) % count;
            if (present.get(axis)) {
                run.add(axis);
            } else if (!run.isEmpty()) {
                runs.add(List.copyOf(run));
                run.clear();
            }
        }
        return List.copyOf(runs);
    }
}
