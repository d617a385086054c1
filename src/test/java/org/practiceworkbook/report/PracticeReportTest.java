package org.practiceworkbook.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practiceworkbook.assessment.InvalidInputException;
import org.practiceworkbook.assessment.PlannedAction;
import org.practiceworkbook.assessment.Practice;
import org.practiceworkbook.assessment.Round;
import org.practiceworkbook.demo.DemoWorkbook;
import org.practiceworkbook.pack.PackReader;
import org.practiceworkbook.store.Workbook;

/**
 * The demo practice's report read back as a reader would: what it must say, what it must never say (names, dropped
 * actions, a partners-only section the round left out), and every page drawn to a picture, kept in
 * target/report-pages for a person to look at.
 */
class PracticeReportTest {

    private static final LocalDate PREPARED = LocalDate.of(2027, 10, 1);

    @TempDir
    Path folder;

    private Workbook workbook;
    private Practice practice;
    private Round latest;

    @BeforeEach
    void demo() {
        workbook = Workbook.open(folder.resolve("demo"), new PackReader());
        DemoWorkbook.fill(workbook);
        practice = workbook.practices().list().getFirst();
        latest = workbook.rounds().list(practice.id()).stream().max(Comparator.comparing(Round::date)).orElseThrow();
    }

    @AfterEach
    void close() {
        workbook.close();
    }

    /** A plain picture standing in for the radar the window draws. */
    static final ReportCharts SQUARES = (results, width, scale) -> {
        var picture = new BufferedImage((int) (width * scale), (int) (width * scale * 0.8), BufferedImage.TYPE_INT_RGB);
        var bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(picture, "png", bytes);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return bytes.toByteArray();
    };

    private byte[] report(boolean names) {
        return new PracticeReport(RoundReport.read(workbook, practice, latest), SQUARES,
                new ReportOptions(names, PREPARED)).pdf();
    }

    /** The text of the whole report with runs of white space made one space, so wrapped lines still match. */
    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static String flat(String words) {
        return words.replaceAll("\\s+", " ").strip();
    }

    @Test
    void the_report_names_the_practice_every_live_action_and_every_section_and_numbers_its_pages() throws IOException {
        byte[] pdf = report(false);
        String text = text(pdf);

        var actions = workbook.actions().list(practice.id());
        assertThat(actions).extracting(PlannedAction::status).contains(PlannedAction.Status.DROPPED);
        int pages;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            pages = document.getNumberOfPages();
        }
        assertThat(text).contains(DemoWorkbook.PRACTICE_NAME, latest.label(), "8 September 2027",
                "Page 1 of " + pages, "Page " + pages + " of " + pages, "Headline findings", "Strongest:",
                "Weakest:", "Most disagreement:", "Biggest change since Baseline March 2027");
        for (PlannedAction action : actions) {
            if (action.status() == PlannedAction.Status.DROPPED) {
                assertThat(text).as("dropped: " + action.title()).doesNotContain(flat(action.title()));
            } else {
                assertThat(text).as("action: " + action.title()).contains(flat(action.title()));
            }
        }
        for (var results : RoundReport.read(workbook, practice, latest).results()) {
            assertThat(text).contains(results.questionnaire().title());
            results.sections().forEach(s -> assertThat(text).contains(flat(s.section().title())));
        }
    }

    @Test
    void people_are_counted_by_role_and_named_only_when_the_practice_chooses() throws IOException {
        var names = workbook.respondents().list(latest.id()).stream().map(p -> p.name()).filter(Objects::nonNull)
                .toList();
        assertThat(names).isNotEmpty();

        String whole = text(report(false));
        // Actions name their owners, as the practice wrote them; everything the round's answers produced names no one.
        String rolesOnly = whole.substring(0, whole.indexOf("Action plan 11 actions"));
        String named = text(report(true));

        assertThat(rolesOnly).contains("Who took part", "GP partner", "Everyone", "this report names no one");
        names.forEach(name -> assertThat(rolesOnly).as(name).doesNotContain(name));
        names.forEach(name -> assertThat(named).as(name).contains(name));
    }

    @Test
    void a_partners_only_section_the_round_left_out_is_not_in_the_report_at_all() throws IOException {
        var capacity = workbook.packs().load(workbook.rounds().questionnaires(latest.id()).stream()
                .filter(ref -> ref.id().equals("capacity")).findFirst().orElseThrow());
        var hidden = capacity.sections().get(2);
        workbook.workshops().setPartnersOnly(latest.id(), "capacity", hidden.id(), true);

        String text = text(report(false));

        assertThat(text).doesNotContain(flat(hidden.title()));
        hidden.items().forEach(item -> assertThat(text).doesNotContain(flat(item.statement())));
        assertThat(text).contains(flat(capacity.sections().get(1).title()));
    }

    @Test
    void the_pdf_carries_its_title_and_language_embeds_its_fonts_and_every_page_draws() throws IOException {
        byte[] pdf = report(false);
        Path pages = Path.of("target", "report-pages");
        Files.createDirectories(pages);
        Files.write(pages.resolve("demo-report.pdf"), pdf);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentInformation().getTitle())
                    .isEqualTo("Riverside Surgery – 6-month review September 2027 – self-assessment report");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
            assertThat(document.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
            var renderer = new PDFRenderer(document);
            var fonts = new ArrayList<String>();
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                var resources = document.getPage(i).getResources();
                for (var name : resources.getFontNames()) {
                    var font = resources.getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    fonts.add(font.getName().replaceAll("^[A-Z]{6}\\+", ""));
                }
                BufferedImage page = renderer.renderImageWithDPI(i, 60);
                ImageIO.write(page, "png", pages.resolve("page-" + (i + 1) + ".png").toFile());
                assertThat(page.getHeight()).isGreaterThan(page.getWidth());
            }
            assertThat(fonts).containsOnly("NotoSans-Regular", "NotoSans-Bold");
        }
    }

    @Test
    void a_round_nobody_answered_is_refused_in_words() {
        var empty = workbook.rounds().add(practice.id(), "Next year", LocalDate.of(2028, 3, 1), null);

        assertThatThrownBy(() -> ReportFile.write(workbook, practice, empty, SQUARES, ReportOptions.rolesOnly(PREPARED),
                folder.resolve("r.pdf")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("nobody has answered in Next year yet, so there is nothing to report");
        assertThat(folder.resolve("r.pdf")).doesNotExist();
    }

    @Test
    void the_suggested_file_name_survives_email_and_usb_sticks() {
        assertThat(ReportFile.suggestedName(practice, latest))
                .isEqualTo("riverside-surgery-6-month-review-september-2027-report.pdf");
    }

    @Test
    void the_plan_leaves_out_dropped_actions_and_puts_open_ones_first_by_priority_then_due_date() {
        var plan = RoundReport.read(workbook, practice, latest).actions();

        assertThat(plan).noneMatch(a -> a.status() == PlannedAction.Status.DROPPED);
        var open = plan.stream().takeWhile(a -> a.status() != PlannedAction.Status.DONE).toList();
        assertThat(plan.subList(open.size(), plan.size())).allMatch(a -> a.status() == PlannedAction.Status.DONE);
        assertThat(open).isSortedAccordingTo(Comparator.comparing(PlannedAction::priority)
                .thenComparing(PlannedAction::dueOn, Comparator.nullsLast(Comparator.naturalOrder())));
        assertThat(List.of(plan.size())).containsExactly(workbook.actions().list(practice.id()).size() - 1);
    }
}
