package org.practiceworkbook.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.OptionalDouble;

import org.practiceworkbook.assessment.Headlines;
import org.practiceworkbook.assessment.ItemScore;
import org.practiceworkbook.assessment.SectionResult;
import org.practiceworkbook.assessment.Spread;

/** The report's words and numbers: UK dates, levels, percentages and the headline findings as sentences. */
final class ReportText {

    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private ReportText() {
    }

    /** "14 March 2027". */
    static String date(LocalDate date) {
        return date == null ? "" : UK_DATE.format(date);
    }

    /** "3" for a whole level, "2.5" otherwise. */
    static String level(double level) {
        return Math.abs(level - Math.rint(level)) < 0.05 ? String.valueOf((long) Math.rint(level))
                : String.format(Locale.UK, "%.1f", level);
    }

    static String percent(double value) {
        return String.format(Locale.UK, "%.0f%%", value);
    }

    /** "level 2.4 of 5 (35%)", or "no score yet". */
    static String sectionScore(SectionResult section) {
        if (section.score().isEmpty()) {
            return "no score yet";
        }
        double level = section.score().getAsDouble();
        return "level " + level(level) + " of " + section.levelCount() + " (" + percent(section.percent()
                .getAsDouble()) + ")";
    }

    /** The item's agreed level, or the team's average when none was agreed: "3 (agreed)", "2.7 (average)". */
    static String consensus(ItemScore score) {
        if (score.score().isEmpty()) {
            return switch (score.status()) {
                case NOT_APPLICABLE -> "Not applicable";
                default -> "No score yet";
            };
        }
        return level(score.score().getAsDouble()) + (score.fromConsensus() ? " (agreed)" : " (average)");
    }

    static String target(ItemScore score) {
        return score.target().isPresent() ? String.valueOf(score.target().getAsInt()) : "–";
    }

    /** "2 to 4 from 6 people: disagreement", "all 3 from 5 people", "1 answer", or "–" with no answers. */
    static String spread(ItemScore score) {
        Spread spread = score.spread();
        if (spread.count() == 0) {
            return "–";
        }
        if (spread.count() == 1) {
            return "1 answer: " + spread.min();
        }
        String range = spread.min() == spread.max() ? "all " + spread.min() : spread.min() + " to " + spread.max();
        return range + " from " + spread.count() + " people" + (spread.isDisagreement() ? ": disagreement" : "");
    }

    /** "1.5 below target", "target met", or empty without a score and a target. */
    static String gap(ItemScore score) {
        OptionalDouble gap = score.gap();
        if (gap.isEmpty()) {
            return "";
        }
        if (gap.getAsDouble() <= 0.05) {
            return "target met";
        }
        return level(gap.getAsDouble()) + " below target";
    }

    static String strongest(Headlines.Scored s) {
        return "Strongest: " + s.section() + " (" + s.questionnaire() + ") scored " + percent(s.percent())
                + " of the scale, the highest of any section.";
    }

    static String weakest(Headlines.Scored s) {
        return "Weakest: " + s.section() + " (" + s.questionnaire() + ") scored " + percent(s.percent())
                + " of the scale, the lowest of any section.";
    }

    static String disagreement(Headlines.Disagreement d) {
        String flagged = d.disagreedItems() == 0 ? "no item's answers were two or more levels apart, but answers "
                + "varied most here"
                : d.disagreedItems() + " of its " + d.items() + (d.items() == 1 ? " item" : " items")
                        + " had answers two or more levels apart";
        return "Most disagreement: " + d.section() + " (" + d.questionnaire() + "): " + flagged + ". Worth "
                + "talking through before agreeing actions.";
    }

    static String change(Headlines.Change c, String previousRound) {
        long points = Math.round(c.points());
        if (points == 0) {
            return "Since " + previousRound + ": no section's score has moved by a whole percentage point.";
        }
        return "Biggest change since " + previousRound + ": " + c.section() + " (" + c.questionnaire() + ") "
                + (points > 0 ? "rose" : "fell") + " by " + Math.abs(points) + (Math.abs(points) == 1 ? " point"
                : " points") + ".";
    }
}
