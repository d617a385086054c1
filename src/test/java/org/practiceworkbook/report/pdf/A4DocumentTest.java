package org.practiceworkbook.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The layout layer under every printable document: text that survives, tables that span pages, pages numbered. */
class A4DocumentTest {

    /** The text of each page, as a reader copying from the PDF would get it. */
    static List<String> pages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var stripper = new PDFTextStripper();
            var pages = new ArrayList<String>();
            for (int i = 1; i <= document.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(stripper.getText(document));
            }
            return pages;
        }
    }

    @Test
    void pound_signs_dashes_curly_quotes_and_accents_come_back_out_exactly_as_written() throws IOException {
        String sentence = "Budget £1,200 – agreed at the practice’s “away-day” with Zoë and the café’s Renée";
        byte[] pdf;
        try (var document = A4Document.create("Test", "en-GB")) {
            document.heading("Heading with £ – é", TextStyle.HEADING_1);
            document.paragraph(sentence, TextStyle.BODY);
            pdf = document.finish(null);
        }

        String text = pages(pdf).getFirst();

        assertThat(text).contains("Heading with £ – é").contains(sentence);
    }

    @Test
    void a_long_table_spans_pages_with_its_header_on_every_one_and_every_row_once() throws IOException {
        var table = new Table(Table.Column.of("Action to take", 3), Table.Column.of("Owner", 1),
                Table.Column.centred("Status", 1));
        for (int i = 1; i <= 80; i++) {
            table.row(Table.Cell.titled("Action number " + i, "A description long enough to wrap onto a second "
                    + "line in its column, so rows are not all the same height"), Table.Cell.of("Owner " + i),
                    Table.Cell.of("Not started"));
        }
        byte[] pdf;
        try (var document = A4Document.create("Long table", "en-GB")) {
            document.heading("The plan", TextStyle.HEADING_1);
            document.table(table);
            pdf = document.finish("Footer text");
        }

        var pages = pages(pdf);

        assertThat(pages).hasSizeGreaterThan(2);
        for (int i = 0; i < pages.size(); i++) {
            assertThat(pages.get(i)).as("page " + (i + 1)).contains("Action to take").contains("Owner")
                    .contains("Status").contains("Page " + (i + 1) + " of " + pages.size()).contains("Footer text");
        }
        String all = String.join("\n", pages);
        for (int i = 1; i <= 80; i++) {
            assertThat(all.split("Action number " + i + "\\R", -1)).as("row " + i).hasSize(2);
        }
    }

    @Test
    void a_cell_taller_than_a_page_continues_on_the_next_page_with_nothing_lost() throws IOException {
        var words = new StringBuilder();
        for (int i = 1; i <= 900; i++) {
            words.append("word").append(i).append(' ');
        }
        var table = new Table(Table.Column.of("Notes", 1), Table.Column.of("Owner", 1));
        table.row("Short", "Ann");
        table.row(words.toString(), "Bea");
        table.row("After", "Cal");
        byte[] pdf;
        try (var document = A4Document.create("Tall cell", "en-GB")) {
            document.table(table);
            pdf = document.finish(null);
        }

        var pages = pages(pdf);

        assertThat(pages).hasSizeGreaterThan(1);
        pages.forEach(page -> assertThat(page).contains("Notes"));
        String all = String.join(" ", pages);
        assertThat(all).contains("word1 ", "word450 ", "word900", "After");
    }

    @Test
    void a_word_wider_than_its_column_is_broken_rather_than_running_off_the_edge() throws IOException {
        var document = A4Document.create("Narrow", "en-GB");
        List<String> lines = document.wrap("https://example.org/a/very/long/address/that/cannot/break/at/a/space",
                TextStyle.TABLE, 60);
        document.close();

        assertThat(lines).hasSizeGreaterThan(2);
        assertThat(String.join("", lines)).isEqualTo("https://example.org/a/very/long/address/that/cannot/break/at/a/space");
    }

    @Test
    void characters_the_font_lacks_become_question_marks_instead_of_failing_the_document() throws IOException {
        byte[] pdf;
        try (var document = A4Document.create("Emoji", "en-GB")) {
            document.paragraph("Well done \uD83D\uDE00 team\tand\u0007 all", TextStyle.BODY);
            pdf = document.finish(null);
        }

        assertThat(pages(pdf).getFirst()).contains("Well done ? team and all");
    }

    @Test
    void the_title_language_and_embedded_fonts_are_set_and_pictures_are_drawn() throws IOException {
        var picture = new BufferedImage(400, 200, BufferedImage.TYPE_INT_RGB);
        var png = new ByteArrayOutputStream();
        ImageIO.write(picture, "png", png);
        byte[] pdf;
        try (var document = A4Document.create("Riverside Surgery – report", "en-GB")) {
            document.paragraph("Above the picture", TextStyle.BODY);
            document.image(png.toByteArray(), 300);
            pdf = document.finish(null);
        }

        try (PDDocument read = Loader.loadPDF(pdf)) {
            assertThat(read.getDocumentInformation().getTitle()).isEqualTo("Riverside Surgery – report");
            assertThat(read.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
            assertThat(read.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
            var resources = read.getPage(0).getResources();
            var fonts = new ArrayList<PDFont>();
            for (var name : resources.getFontNames()) {
                fonts.add(resources.getFont(name));
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).isTrue();
                assertThat(font.getName()).contains("NotoSans");
            });
            var images = new ArrayList<PDImageXObject>();
            for (var name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof PDImageXObject image) {
                    images.add(image);
                }
            }
            assertThat(images).singleElement().satisfies(image -> assertThat(image.getWidth()).isEqualTo(400));
        }
    }
}
