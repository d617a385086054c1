package org.practiceworkbook.assessment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Several practices' section scores for one questionnaire side by side, with the group's median for each section and
 * each practice's distance from it: where a practice stands among its peers (a PCN, a federation, a trainer's cohort).
 *
 * @param sections the sections compared, by id, with their titles, in questionnaire order
 * @param rows     one row per practice, in the order given
 * @param medians  the median of the practices' scores for each section (percent), by section id
 */
public record Comparison(Map<String, String> sections, List<Row> rows, Map<String, OptionalDouble> medians) {

    /** One practice: the round compared, and its score for each section (percent), by section id. */
    public record Row(String practice, String round, Map<String, OptionalDouble> percents) {

        /** Points above (positive) or below the group's median for a section; empty without both. */
        public OptionalDouble fromMedian(String sectionId, Comparison of) {
            OptionalDouble mine = percents.getOrDefault(sectionId, OptionalDouble.empty());
            OptionalDouble median = of.medians.getOrDefault(sectionId, OptionalDouble.empty());
            return mine.isPresent() && median.isPresent() ? OptionalDouble.of(mine.getAsDouble() - median.getAsDouble())
                    : OptionalDouble.empty();
        }
    }

    /** A practice's results to compare: its name, the round's label, and the round's results. */
    public record Entry(String practice, String round, RoundResults results) {
    }

    public static Comparison of(List<Entry> entries) {
        var sections = new LinkedHashMap<String, String>();
        entries.forEach(e -> e.results().sections().forEach(s -> sections.putIfAbsent(s.section().id(), s.section().title())));
        var rows = new ArrayList<Row>();
        for (Entry entry : entries) {
            var percents = new LinkedHashMap<String, OptionalDouble>();
            entry.results().sections().forEach(s -> percents.put(s.section().id(), s.percent()));
            rows.add(new Row(entry.practice(), entry.round(), percents));
        }
        var medians = new LinkedHashMap<String, OptionalDouble>();
        for (String id : sections.keySet()) {
            medians.put(id, median(rows.stream().map(r -> r.percents().getOrDefault(id, OptionalDouble.empty()))
                    .filter(OptionalDouble::isPresent).mapToDouble(OptionalDouble::getAsDouble).sorted().toArray()));
        }
        return new Comparison(sections, rows, medians);
    }

    private static OptionalDouble median(double[] sorted) {
        if (sorted.length == 0) {
            return OptionalDouble.empty();
        }
        int middle = sorted.length / 2;
        return OptionalDouble.of(sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2);
    }
}
