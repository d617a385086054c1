package org.practiceworkbook.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.practiceworkbook.assessment.Headlines;
import org.practiceworkbook.assessment.Respondent;
import org.practiceworkbook.assessment.Role;
import org.practiceworkbook.report.pdf.A4Document;
import org.practiceworkbook.report.pdf.Table;
import org.practiceworkbook.report.pdf.TextStyle;

/**
 * The printable report of a round, A4 portrait: a cover (practice, round, date, who took part by role), a one-page
 * summary (headline findings and the radar of each questionnaire), a chapter per questionnaire (every section and
 * item with consensus, target and spread, then the items to act on first) and the practice's whole action plan.
 */
public final class PracticeReport {

    /** Radars are drawn this wide on screen, so their labels print at a readable size when placed two abreast. */
    private static final double RADAR_SCREEN_WIDTH = 440;
    /** Twice screen resolution: sharp on paper. */
    private static final double PRINT_SCALE = 2;

    private final RoundReport report;
    private final ReportCharts charts;
    private final ReportOptions options;

    public PracticeReport(RoundReport report, ReportCharts charts, ReportOptions options) {
        this.report = Objects.requireNonNull(report, "report");
        this.charts = Objects.requireNonNull(charts, "charts");
        this.options = Objects.requireNonNull(options, "options");
    }

    /** The document's title, as viewers show it: "Riverside Surgery – Baseline March 2027 – self-assessment report". */
    public String title() {
        return report.practice().name() + " – " + report.round().label() + " – self-assessment report";
    }

    /** The whole report as a PDF. */
    public byte[] pdf() {
        try (var document = A4Document.create(title(), "en-GB")) {
            cover(document);
            document.newPage();
            var radars = radars();
            summary(document, radars);
            for (int i = 0; i < report.questionnaires().size(); i++) {
                document.newPage();
                new QuestionnaireChapter(report.questionnaires().get(i).results(), radars.get(i)).write(document);
            }
            document.newPage();
            new ActionPlanChapter(report, options.preparedOn()).write(document);
            return document.finish(report.practice().name() + " · " + report.round().label() + " · "
                    + ReportText.date(report.round().date()));
        }
    }

    private void cover(A4Document document) {
        var practice = report.practice();
        var round = report.round();
        document.space(150);
        document.paragraph("SELF-ASSESSMENT REPORT", TextStyle.HEADING_3.withColour(TextStyle.ACCENT));
        document.space(6);
        document.paragraph(practice.name(), TextStyle.TITLE);
        document.space(4);
        document.paragraph(round.label(), TextStyle.SUBTITLE);
        document.space(8);
        document.rule(TextStyle.ACCENT, 3);
        document.space(6);
        document.paragraph("Round held on " + ReportText.date(round.date()), TextStyle.BODY_BOLD);
        document.paragraph("Questionnaires: " + report.results().stream().map(r -> r.questionnaire().title())
                .collect(Collectors.joining(", ")), TextStyle.BODY);
        var details = new ArrayList<String>();
        if (practice.odsCode() != null) {
            details.add("ODS code " + practice.odsCode());
        }
        if (practice.model() != null) {
            details.add(practice.model().label());
        }
        if (practice.pcn() != null) {
            details.add("PCN: " + practice.pcn());
        }
        if (practice.federation() != null) {
            details.add("Federation: " + practice.federation());
        }
        if (!details.isEmpty()) {
            document.paragraph(String.join(" · ", details), TextStyle.BODY);
        }
        document.space(28);
        document.heading("Who took part", TextStyle.HEADING_2);
        document.table(participants());
        document.space(6);
        document.paragraph(options.showNames() ? "Names are shown as people gave them; anyone who gave no name is "
                + "counted by role." : "People are counted by role; this report names no one.", TextStyle.SMALL);
        document.space(28);
        document.paragraph("Prepared on " + ReportText.date(options.preparedOn()) + " with Practice Workbook. Scores "
                + "are the team's own view of the practice, to start a conversation, not a rating by anyone else.",
                TextStyle.SMALL);
    }

    /** Counts by role, in the roles' own order; names only when chosen, and only the names people gave. */
    private Table participants() {
        Map<Role, List<Respondent>> byRole = new EnumMap<>(Role.class);
        report.people().forEach(p -> byRole.computeIfAbsent(p.role(), r -> new ArrayList<>()).add(p));
        var columns = new ArrayList<>(List.of(Table.Column.of("Role", 3), Table.Column.centred("People", 1)));
        if (options.showNames()) {
            columns.add(Table.Column.of("Names", 3));
        }
        var table = new Table(columns);
        byRole.forEach((role, people) -> {
            var cells = new ArrayList<>(List.of(Table.Cell.of(role.label()), Table.Cell.of(String.valueOf(people.size()))));
            if (options.showNames()) {
                cells.add(Table.Cell.of(people.stream().map(Respondent::name).filter(Objects::nonNull)
                        .collect(Collectors.joining(", "))));
            }
            table.row(cells.toArray(Table.Cell[]::new));
        });
        var total = new ArrayList<>(List.of(Table.Cell.strong("Everyone"),
                Table.Cell.strong(String.valueOf(report.people().size()))));
        if (options.showNames()) {
            total.add(Table.Cell.EMPTY);
        }
        table.row(total.toArray(Table.Cell[]::new));
        return table;
    }

    /** Each questionnaire's radar, drawn once for the summary and its chapter; null entries where none could be. */
    private List<byte[]> radars() {
        var out = new ArrayList<byte[]>();
        report.results().forEach(results -> out.add(charts.radarPng(results, RADAR_SCREEN_WIDTH, PRINT_SCALE)));
        return out;
    }

    private void summary(A4Document document, List<byte[]> radars) {
        document.heading("Summary", TextStyle.HEADING_1);
        for (var results : report.results()) {
            String overall = results.overallPercent().isPresent()
                    ? ReportText.percent(results.overallPercent().getAsDouble()) + " of the scale overall"
                    : "no score yet";
            document.bullet(results.questionnaire().title() + ": " + overall + ", from " + results.people().size()
                    + (results.people().size() == 1 ? " person's answers" : " people's answers") + ".", TextStyle.BODY);
        }
        document.heading("Headline findings", TextStyle.HEADING_2);
        var headlines = Headlines.of(report.questionnaires());
        headlines.strongest().ifPresent(s -> document.bullet(ReportText.strongest(s), TextStyle.BODY));
        headlines.weakest().ifPresent(s -> document.bullet(ReportText.weakest(s), TextStyle.BODY));
        headlines.mostDisagreement().ifPresent(d -> document.bullet(ReportText.disagreement(d), TextStyle.BODY));
        if (report.previous().isPresent()) {
            headlines.biggestChange().ifPresent(c -> document.bullet(ReportText.change(c,
                    report.previous().get().label()), TextStyle.BODY));
        }
        if (headlines.isEmpty()) {
            document.paragraph("Nothing has been scored yet.", TextStyle.BODY);
        }
        document.heading("Sections at a glance", TextStyle.HEADING_2);
        radars(document, radars.stream().filter(Objects::nonNull).toList());
    }

    /** Two radars abreast; the rows share the rest of the summary page, so the summary stays on one page. */
    private static void radars(A4Document document, List<byte[]> pictures) {
        if (pictures.isEmpty()) {
            document.paragraph("Charts could not be drawn here; each questionnaire's chapter has its scores in full.",
                    TextStyle.SMALL);
            return;
        }
        int perRow = pictures.size() == 1 ? 1 : 2;
        int rows = (pictures.size() + perRow - 1) / perRow;
        float gap = 12;
        float each = perRow == 1 ? document.width() * 0.75f : (document.width() - gap) / 2;
        float rowHeight = (document.remaining() - (rows - 1) * gap) / rows;
        for (int i = 0; i < pictures.size(); i += perRow) {
            document.imageRow(pictures.subList(i, Math.min(i + perRow, pictures.size())), each, gap, rowHeight);
            document.space(gap);
        }
    }
}
