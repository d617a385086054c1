package org.practiceworkbook.report;

import java.util.List;
import java.util.stream.Collectors;

import org.practiceworkbook.assessment.ActionSuggestion;
import org.practiceworkbook.assessment.ItemDiscussion;
import org.practiceworkbook.assessment.RoundResults;
import org.practiceworkbook.assessment.SectionResult;
import org.practiceworkbook.report.pdf.A4Document;
import org.practiceworkbook.report.pdf.Table;
import org.practiceworkbook.report.pdf.TextStyle;

/**
 * One questionnaire's chapter: every section the round shows, each item with its consensus, target and spread, then
 * the items to act on first. Only what {@link RoundResults} holds is shown, so a partners-only section the round
 * left out is not mentioned at all.
 */
final class QuestionnaireChapter {

    /** Enough to plan from without repeating the whole questionnaire. */
    static final int TOP_ITEMS = 5;

    /** Wide enough for the radar's labels to print at a comfortable size. */
    private static final float RADAR_WIDTH = 330;

    private final RoundResults results;
    private final byte[] radar;

    /** @param radar the questionnaire's radar as PNG, or null when charts cannot be drawn */
    QuestionnaireChapter(RoundResults results, byte[] radar) {
        this.results = results;
        this.radar = radar;
    }

    void write(A4Document document) {
        var questionnaire = results.questionnaire();
        document.heading(questionnaire.title(), TextStyle.HEADING_1);
        document.paragraph("Levels run from 1 (" + questionnaire.levelLabel(1) + ") to "
                + questionnaire.levelCount() + " (" + questionnaire.levelLabel(questionnaire.levelCount()) + "). "
                + "\u201cAgreed\u201d is the level the team agreed together; \u201caverage\u201d is the mean of "
                + "everyone's answers where no level was agreed. The spread is the range of individual answers; "
                + "\u201cbelow target\u201d counts levels.",
                TextStyle.SMALL);
        if (radar != null) {
            document.space(6);
            document.image(radar, RADAR_WIDTH);
        }
        document.space(6);
        document.table(itemsTable());
        var top = ActionSuggestion.from(results).stream().limit(TOP_ITEMS).toList();
        document.heading("Items to act on first", TextStyle.HEADING_2);
        if (top.isEmpty()) {
            document.paragraph("No item is below its target or divided the team.", TextStyle.BODY);
        } else {
            document.paragraph("Ranked by the gap to target, then by disagreement, then by the lowest score. The "
                    + "suggested actions are a starting point to edit, not a final answer.", TextStyle.SMALL);
            document.space(6);
            document.table(suggestions(top));
        }
    }

    private Table itemsTable() {
        var table = new Table(Table.Column.of("Section and item", 6), Table.Column.centred("Consensus", 1.9f),
                Table.Column.centred("Target", 1.1f), Table.Column.of("Spread of answers", 2.4f));
        for (SectionResult section : results.sections()) {
            table.group(section.section().title() + " \u2013 " + ReportText.sectionScore(section));
            for (ItemDiscussion item : items(section)) {
                var score = item.score();
                String gap = ReportText.gap(score);
                table.row(Table.Cell.of(score.item().statement()),
                        Table.Cell.titled(ReportText.consensus(score), gap.isEmpty() ? null : gap),
                        Table.Cell.of(ReportText.target(score)), Table.Cell.of(ReportText.spread(score)));
            }
        }
        return table;
    }

    private List<ItemDiscussion> items(SectionResult section) {
        return results.items().stream().filter(d -> d.section().id().equals(section.section().id())).toList();
    }

    private static Table suggestions(List<ActionSuggestion> top) {
        var table = new Table(Table.Column.of("Item", 5), Table.Column.centred("Now", 1.9f),
                Table.Column.centred("Target", 1.1f), Table.Column.of("Suggested actions", 5));
        for (ActionSuggestion suggestion : top) {
            var score = suggestion.score();
            String why = suggestion.section() + (score.isDisagreement() ? " \u00b7 the team disagreed" : "");
            table.row(Table.Cell.titled(suggestion.statement(), why),
                    Table.Cell.titled(ReportText.consensus(score), ReportText.gap(score)),
                    Table.Cell.of(ReportText.target(score)),
                    Table.Cell.of(suggestion.suggestedActions().stream().map(a -> "\u2022 " + a)
                            .collect(Collectors.joining("\n"))));
        }
        return table;
    }
}
