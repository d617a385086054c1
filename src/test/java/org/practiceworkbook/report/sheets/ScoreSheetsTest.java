package org.practiceworkbook.report.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.practiceworkbook.assessment.InvalidInputException;
import org.practiceworkbook.assessment.OrganisationalModel;
import org.practiceworkbook.assessment.Practice;
import org.practiceworkbook.pack.PackReader;
import org.practiceworkbook.questionnaire.Item;
import org.practiceworkbook.questionnaire.Questionnaire;
import org.practiceworkbook.store.Workbook;

/** Blank score sheets a facilitator prints for an away-day, checked as a reader and a printer would see them. */
class ScoreSheetsTest {

    @TempDir
    Path folder;

    /** The text on the pages with line breaks and repeated spaces made single spaces, as a reader runs over them. */
    static String text(PDDocument pdf) throws IOException {
        return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
    }

    private static Questionnaire questionnaire(Workbook workbook, String packId) {
        return workbook.packs().load(workbook.packs().latest(packId).orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"capacity", "skills", "governance"})
    void every_item_and_every_level_description_is_on_the_sheets_numbered_and_on_numbered_a4_pages(String packId)
            throws IOException {
        try (Workbook workbook = Workbook.open(folder.resolve("w"), new PackReader())) {
            Questionnaire questionnaire = questionnaire(workbook, packId);
            Path file = folder.resolve(packId + ".pdf");

            var summary = new ScoreSheets(workbook).write(packId, null, file, false);

            assertThat(summary.items()).isEqualTo(questionnaire.itemCount());
            try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
                String text = text(pdf);
                int pages = pdf.getNumberOfPages();
                assertThat(text).contains("Page 1 of " + pages).contains("Page " + pages + " of " + pages);
                assertThat(text).contains("Name").contains("Role").contains("GP partner").contains("Practice manager");
                List<Item> items = questionnaire.items().toList();
                for (int n = 0; n < items.size(); n++) {
                    Item item = items.get(n);
                    assertThat(text).as("item %d", n + 1).contains((n + 1) + ". " + item.statement().replaceAll("\\s+", " "));
                    for (String descriptor : item.levelDescriptors()) {
                        assertThat(text).contains(descriptor.replaceAll("\\s+", " "));
                    }
                }
                questionnaire.sections().forEach(s -> assertThat(text).contains(s.title()));
                assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Score sheet: " + questionnaire.title());
                assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
                for (var page : pdf.getPages()) {
                    assertThat(page.getMediaBox().getWidth()).isEqualTo(595.27563f, org.assertj.core.data.Offset.offset(0.01f));
                    assertThat(page.getMediaBox().getHeight()).isEqualTo(841.8898f, org.assertj.core.data.Offset.offset(0.01f));
                    for (var name : page.getResources().getFontNames()) {
                        PDFont font = page.getResources().getFont(name);
                        assertThat(font.getName()).contains("NotoSans");
                        assertThat(font.isEmbedded()).isTrue();
                    }
                }
            }
        }
    }

    @Test
    void for_a_practice_the_items_and_numbers_are_those_of_its_paper_grid() throws IOException {
        try (Workbook workbook = Workbook.open(folder.resolve("w"), new PackReader())) {
            Practice single = workbook.practices().add("Brook Lane Surgery", null, OrganisationalModel.SINGLE_HANDED,
                    null, null);
            Questionnaire governance = questionnaire(workbook, "governance");
            List<Item> applying = governance.items()
                    .filter(i -> i.appliesTo().appliesTo(single.applicabilityTokens())).toList();
            assertThat(applying).as("some governance items are for other kinds of practice").hasSizeLessThan(
                    governance.itemCount());

            try (PDDocument pdf = Loader.loadPDF(new ScoreSheets(workbook).pdf("governance", single))) {
                String text = text(pdf);
                assertThat(text).contains("Brook Lane Surgery").doesNotContain("only for");
                for (int n = 0; n < applying.size(); n++) {
                    assertThat(text).contains((n + 1) + ". " + applying.get(n).statement());
                }
                governance.items().filter(i -> !applying.contains(i))
                        .forEach(i -> assertThat(text).doesNotContain(i.statement()));
                assertThat(text).doesNotContain((applying.size() + 1) + ". ");
            }
            try (PDDocument pdf = Loader.loadPDF(new ScoreSheets(workbook).pdf("governance", null))) {
                assertThat(text(pdf)).contains("(only for: ");
            }
        }
    }

    @Test
    void an_unknown_questionnaire_and_an_unwritable_place_are_refused_writing_nothing() throws IOException {
        try (Workbook workbook = Workbook.open(folder.resolve("w"), new PackReader())) {
            var sheets = new ScoreSheets(workbook);
            Path file = folder.resolve("sheets.pdf");

            assertThatThrownBy(() -> sheets.write("finance", null, file, false))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("the workbook holds no questionnaire \"finance\"; it holds capacity, governance, "
                            + "skills (see: packs list)");
            Path nowhere = folder.resolve("missing").resolve("sheets.pdf");
            assertThatThrownBy(() -> sheets.write("capacity", null, nowhere, false))
                    .hasMessageContaining("does not exist; nothing was written");
            Files.writeString(file, "kept");
            assertThatThrownBy(() -> sheets.write("capacity", null, file, false)).hasMessageContaining("already exists");
            assertThat(file).hasContent("kept");
            assertThat(folder).isDirectoryNotContaining(p -> p.getFileName().toString().endsWith(".part"));
        }
    }

    /** Pages drawn as a printer would, to look at (target/score-sheets/*.png) and to check none is cut off. */
    @Test
    void every_page_renders_and_keeps_its_ink_inside_the_margins() throws IOException {
        try (Workbook workbook = Workbook.open(folder.resolve("w"), new PackReader())) {
            Practice riverside = workbook.practices().add("Riverside Surgery", null, OrganisationalModel.PARTNERSHIP,
                    "Riverside and Vale PCN", null);
            Path out = Files.createDirectories(Path.of("target", "score-sheets"));
            for (String packId : List.of("capacity", "skills", "governance")) {
                try (PDDocument pdf = Loader.loadPDF(new ScoreSheets(workbook).pdf(packId, riverside))) {
                    var renderer = new PDFRenderer(pdf);
                    for (int p = 0; p < pdf.getNumberOfPages(); p++) {
                        BufferedImage image = renderer.renderImageWithDPI(p, 72);
                        ImageIO.write(image, "png", out.resolve(packId + "-page-" + (p + 1) + ".png").toFile());
                        // 20 mm margins at 72 dpi are 56 pixels, the footer sits just below the bottom one: nothing in the outer 30.
                        assertThat(inkOutside(image, 30)).as("%s page %d", packId, p + 1).isFalse();
                    }
                }
            }
        }
    }

    private static boolean inkOutside(BufferedImage image, int border) {
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                boolean edge = x < border || y < border || x >= image.getWidth() - border
                        || y >= image.getHeight() - border;
                if (edge && (image.getRGB(x, y) & 0xffffff) != 0xffffff) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void a_file_name_says_whose_sheets_they_are() {
        var practice = new Practice(1, "Riverside Surgery", null, OrganisationalModel.PARTNERSHIP, null, null);
        assertThat(ScoreSheets.suggestedFileName("capacity", practice))
                .isEqualTo("riverside-surgery-capacity-score-sheets.pdf");
        assertThat(ScoreSheets.suggestedFileName("skills", null)).isEqualTo("skills-score-sheets.pdf");
    }
}
