package org.practiceworkbook.assessment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.OptionalDouble;

/**
 * One section's score across a practice's rounds, oldest first, as a percentage of the scale; empty where the round
 * has no score for it. Sections are matched by id, so a newer version of a questionnaire still lines up.
 */
public record SectionTrend(String sectionId, String title, List<OptionalDouble> percents) {

    public SectionTrend {
        percents = List.copyOf(percents);
    }

    /**
     * The change from the last earlier round with a score to the newest round, in percentage points; empty when the
     * newest round has no score yet (an old change would read as news).
     */
    public OptionalDouble changeSinceLast() {
        var present = percents.stream().filter(OptionalDouble::isPresent).toList();
        if (present.size() < 2 || percents.getLast().isEmpty()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(present.getLast().getAsDouble() - present.get(present.size() - 2).getAsDouble());
    }

    /** Every section seen in any round, in the order first met, with its score in each round. */
    public static List<SectionTrend> of(List<RoundResults> oldestFirst) {
        var titles = new LinkedHashMap<String, String>();
        oldestFirst.forEach(r -> r.sections().forEach(s -> titles.putIfAbsent(s.section().id(), s.section().title())));
        var out = new ArrayList<SectionTrend>();
        titles.forEach((id, title) -> out.add(new SectionTrend(id, title, oldestFirst.stream()
                .map(r -> r.sections().stream().filter(s -> s.section().id().equals(id)).findFirst()
                        .map(SectionResult::percent).orElse(OptionalDouble.empty()))
                .toList())));
        return out;
    }
}
