package org.practiceworkbook.ui.results;

import java.util.Locale;

import org.practiceworkbook.assessment.AnswerValue;
import org.practiceworkbook.assessment.ItemDiscussion;
import org.practiceworkbook.assessment.Scale;

/** The words and numbers written beside the charts, the same on screen, in summaries for screen readers and in files. */
final class ResultsText {

    private ResultsText() {
    }

    /** "Level 2.5 of 5 (38%) · target 4 · 1.5 levels short · ⚠ disagreement" */
    static String itemLine(ItemDiscussion item, int levels) {
        var score = item.score();
        if (score.score().isEmpty()) {
            return switch (score.status()) {
                case NOT_APPLICABLE -> "Not applicable";
                default -> "No score yet";
            };
        }
        double level = score.score().getAsDouble();
        var line = new StringBuilder(String.format(Locale.UK, "Level %s of %d (%.0f%%)", levelText(level), levels,
                Scale.percent(level, levels)));
        if (score.fromConsensus()) {
            line.append(" agreed");
        }
        score.target().ifPresent(t -> line.append(" · target ").append(t));
        score.gap().ifPresent(gap -> {
            if (gap > 0.05) {
                String shortBy = levelText(gap);
                line.append(" · ").append(shortBy).append(shortBy.equals("1") ? " level short" : " levels short");
            } else if (score.target().isPresent()) {
                line.append(" · target met");
            }
        });
        if (score.isDisagreement()) {
            line.append(" · ⚠ disagreement");
        }
        return line.toString();
    }

    /** A safe file name from words: letters and digits joined by hyphens, accents kept as their letters. */
    static String fileStem(String words) {
        String plain = java.text.Normalizer.normalize(words, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    /** "62%", a share of the scale rounded to whole points. */
    static String percent(double value) {
        return String.format(Locale.UK, "%.0f%%", value);
    }

    static String levelText(double level) {
        return Math.abs(level - Math.rint(level)) < 0.05 ? String.valueOf((long) Math.rint(level))
                : String.format(Locale.UK, "%.1f", level);
    }

    /** A cell of the heat map: the level, N/A or DK, so the table reads without its colours. */
    static String cell(AnswerValue value) {
        return switch (value) {
            case AnswerValue.Level level -> String.valueOf(level.value());
            case AnswerValue.NotApplicable _ -> "N/A";
            case AnswerValue.DontKnow _ -> "DK";
            case null -> "";
        };
    }

    /**
     * A person as a column heading: their name when the workshop shows names, else their role numbered among that
     * role ("Nurse 2" is the second nurse), the role's label without its example.
     */
    static String personHeading(java.util.List<org.practiceworkbook.assessment.Respondent> people, int column,
                                boolean names) {
        var person = people.get(column);
        if (names && person.name() != null) {
            return person.name();
        }
        long number = people.subList(0, column + 1).stream().filter(p -> p.role() == person.role()).count();
        return person.role().label().replaceFirst(" \\(.*\\)$", "") + " " + number;
    }

    /** "+8 points" or "−12 points" (a real minus sign), from the group's median. */
    static String signedPoints(double points) {
        long rounded = Math.round(points);
        return rounded == 0 ? "at the median" : (rounded > 0 ? "+" : "−") + Math.abs(rounded) + " points";
    }

    /** "+12 points" / "−5 points" / "no change", for the change since the last round. */
    static String change(double points) {
        if (Math.abs(points) < 0.5) {
            return "no change";
        }
        return String.format(Locale.UK, "%s%.0f points", points > 0 ? "+" : "−", Math.abs(points));
    }
}
