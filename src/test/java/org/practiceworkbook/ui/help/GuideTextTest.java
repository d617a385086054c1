package org.practiceworkbook.ui.help;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The guide's pages as a reader meets them: every page there, in order, with what each kind of reader looks for. */
class GuideTextTest {

    private final List<GuidePage> pages = GuideText.load();

    @Test
    void the_guide_covers_working_alone_the_away_day_files_charts_and_the_action_plan_in_that_order() {
        assertThat(pages).extracting(GuidePage::title).containsExactly(
                "Getting started", "Assessing on your own", "Away-day: before the day",
                "Away-day: during the day", "Away-day: after the day", "Exchanging files", "Reading the charts",
                "The action plan", "Where your work is kept");
        assertThat(pages).allSatisfy(page -> assertThat(page.blocks()).hasSizeGreaterThan(3));
    }

    @Test
    void each_page_answers_what_its_reader_came_for() {
        assertThat(text("away-day-before")).contains("Print score sheets", "Export my responses", "pre-read",
                "Import responses", "Type in paper scores");
        assertThat(text("away-day-during")).contains("Scores revealed", "F5", "Partners-only sections", "Ctrl+Z");
        assertThat(text("away-day-after")).contains("Export report as PDF", "Print action plan", "CSV");
        assertThat(text("exchanging-files")).contains(".pwr", ".pwb", "Export workbook", "Import workbook");
        assertThat(text("reading-the-charts")).contains("radar", "Items and targets", "Spread", "Heat map",
                "Over time", "Across practices");
        assertThat(text("action-plan")).contains("Review first", "Suggestions", "Priority limit", "overdue");
    }

    @Test
    void bold_words_and_list_points_are_read_from_the_tiny_format() {
        var page = GuideText.parse("test.txt", """
                # A title
                Press **F5** to
                present.

                ## Keys
                - one point
                  carried on
                - another
                """);

        assertThat(page.title()).isEqualTo("A title");
        assertThat(page.blocks()).containsExactly(
                new GuidePage.Paragraph(List.of(new GuidePage.Span("Press ", false), new GuidePage.Span("F5", true),
                        new GuidePage.Span(" to present.", false)), false),
                new GuidePage.Heading("Keys"),
                new GuidePage.Paragraph(List.of(new GuidePage.Span("one point carried on", false)), true),
                new GuidePage.Paragraph(List.of(new GuidePage.Span("another", false)), true));
    }

    @Test
    void a_page_without_a_title_or_with_unclosed_bold_is_refused_naming_the_file_and_line() {
        assertThatThrownBy(() -> GuideText.parse("03-away.txt", "Some words\n"))
                .hasMessage("03-away.txt line 1: a page starts with its title, as '# Title'");
        assertThatThrownBy(() -> GuideText.parse("03-away.txt", "# Title\n\nfirst\n\nPress **F5 to\npresent.\n"))
                .hasMessageStartingWith("03-away.txt line 5: a '**' is not closed in \"Press **F5 to present.");
        assertThatThrownBy(() -> GuideText.parse("03-away.txt", "# Title\n# Another\n"))
                .hasMessage("03-away.txt line 2: only the first line is a title; use '## ' for a heading");
    }

    @Test
    void a_search_finds_pages_holding_every_word_in_any_case() {
        assertThat(pages.stream().filter(p -> p.matches("HEAT map")).map(GuidePage::id))
                .contains("reading-the-charts").doesNotContain("getting-started");
        assertThat(pages.stream().filter(p -> p.matches("heat nowhere-at-all"))).isEmpty();
        assertThat(pages.stream().filter(p -> p.matches("  "))).hasSameSizeAs(pages);
    }

    private String text(String id) {
        var page = pages.stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
        return page.title() + "\n" + String.join("\n", page.blocks().stream().map(GuidePage.Block::plainText).toList());
    }
}
