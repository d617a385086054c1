package org.practiceworkbook.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The few findings a report leads with, across every questionnaire answered in a round: its strongest and weakest
 * sections, the section the team disagreed about most, and the biggest change in a section since the round before.
 * Each is absent when the round cannot say it (one section only or all level, a single respondent, no earlier
 * round).
 */
public record Headlines(Optional<Scored> strongest, Optional<Scored> weakest, Optional<Disagreement> mostDisagreement,
                        Optional<Change> biggestChange) {

    /** One questionnaire's results in the round, with its sections' trends over the rounds up to it. */
    public record Input(RoundResults results, List<SectionTrend> trends) {

        public Input {
            trends = List.copyOf(trends);
        }
    }

    /** A section's score, as a percentage of the scale. */
    public record Scored(String questionnaire, String section, double percent) {
    }

    /**
     * The section whose items drew the widest spread of answers: the mean of its items' standard deviations, with how
     * many of its items were flagged as disagreement (answers two or more levels apart).
     */
    public record Disagreement(String questionnaire, String section, double meanSpread, int disagreedItems,
                               int items) {
    }

    /** A section's change since the last earlier round with a score, in percentage points. */
    public record Change(String questionnaire, String section, double points) {
    }

    public static Headlines of(List<Input> round) {
        var scored = new ArrayList<Scored>();
        var spreads = new ArrayList<Disagreement>();
        var changes = new ArrayList<Change>();
        for (Input input : round) {
            String questionnaire = input.results().questionnaire().title();
            for (SectionResult section : input.results().sections()) {
                section.percent().ifPresent(p -> scored.add(new Scored(questionnaire, section.section().title(), p)));
                disagreement(questionnaire, section, input.results()).ifPresent(spreads::add);
            }
            for (SectionTrend trend : input.trends()) {
                OptionalDouble change = trend.changeSinceLast();
                if (change.isPresent()) {
                    changes.add(new Change(questionnaire, trend.title(), change.getAsDouble()));
                }
            }
        }
        // max and min keep the first of equals, so a tie goes to the section met first: the questionnaire's order.
        Optional<Scored> strongest = scored.stream().reduce((a, b) -> b.percent() > a.percent() ? b : a);
        // With every section level, naming one "weakest" would single it out for nothing.
        Optional<Scored> weakest = scored.stream().reduce((a, b) -> b.percent() < a.percent() ? b : a)
                .filter(w -> w.percent() < strongest.orElseThrow().percent());
        Optional<Disagreement> most = spreads.stream().reduce((a, b) -> b.meanSpread() > a.meanSpread() ? b : a);
        Optional<Change> biggest = changes.stream()
                .reduce((a, b) -> Math.abs(b.points()) > Math.abs(a.points()) ? b : a);
        return new Headlines(strongest, weakest, most, biggest);
    }

    /** Only items at least two people scored can show a spread; a section with none of them says nothing. */
    private static Optional<Disagreement> disagreement(String questionnaire, SectionResult section,
                                                       RoundResults results) {
        var items = results.items().stream()
                .filter(d -> d.section().id().equals(section.section().id()))
                .map(ItemDiscussion::score)
                .filter(s -> s.spread().count() >= 2)
                .toList();
        if (items.isEmpty()) {
            return Optional.empty();
        }
        double mean = items.stream().mapToDouble(s -> s.spread().standardDeviation()).average().orElseThrow();
        if (mean == 0) {
            return Optional.empty();
        }
        int flagged = (int) items.stream().filter(ItemScore::isDisagreement).count();
        return Optional.of(new Disagreement(questionnaire, section.section().title(), mean, flagged, items.size()));
    }

    /** The findings that are present, for a reader who only needs to know whether there is anything to say. */
    public boolean isEmpty() {
        return strongest.isEmpty() && weakest.isEmpty() && mostDisagreement.isEmpty() && biggestChange.isEmpty();
    }

}
