package org.practiceworkbook.report.pdf;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Calendar;
import java.util.List;
import java.util.Objects;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * A printable A4 portrait document laid out from the top down: headings, wrapped paragraphs, tables and pictures flow
 * onto new pages as they fill, within fixed margins. {@link #finish} numbers the pages ("Page 2 of 7"), once the
 * count is known, and returns the PDF's bytes.
 *
 * <p>Text is drawn in the bundled Noto Sans, embedded as subsets, so the file looks the same on every machine. The
 * document carries its title (shown by viewers in place of the file name) and language, for screen readers.
 *
 * <pre>{@code
 * try (var pdf = A4Document.create("Riverside Surgery – action plan", "en-GB")) {
 *     pdf.heading("Action plan", TextStyle.HEADING_1);
 *     pdf.paragraph("Every action the practice has agreed, with who owns it.", TextStyle.BODY);
 *     pdf.table(table);
 *     byte[] bytes = pdf.finish("Riverside Surgery · Baseline March 2027");
 * }
 * }</pre>
 *
 * Not thread-safe: one document is laid out by one thread.
 */
public final class A4Document implements AutoCloseable {

    public static final PDRectangle PAGE = PDRectangle.A4;
    /** 20 mm: comfortable for printing and for hole punching. */
    public static final float MARGIN = 56.7f;
    /** Space kept at the bottom for the footer. */
    static final float BOTTOM = MARGIN + 14;
    private static final float FOOTER_BASELINE = MARGIN - 18;
    /** Near-black text's light relative, for rules between table rows. */
    static final Color RULE = new Color(0xc8, 0xd1, 0xd9);

    private final PDDocument document;
    private final PdfFonts fonts;
    private final String title;
    private final String language;
    private PDPageContentStream content;
    private float y;
    private boolean finished;

    private A4Document(String title, String language) {
        this.title = Objects.requireNonNull(title, "title");
        this.language = Objects.requireNonNull(language, "language");
        document = new PDDocument();
        fonts = PdfFonts.load(document);
        newPage();
    }

    /**
     * A new document with its first page begun.
     *
     * @param title    what viewers show as the document's name
     * @param language its language as a BCP 47 tag, "en-GB"
     */
    public static A4Document create(String title, String language) {
        return new A4Document(title, language);
    }

    /** The width between the margins, in points. */
    public float width() {
        return PAGE.getWidth() - 2 * MARGIN;
    }

    /** The height left on the current page, in points. */
    public float remaining() {
        return y - BOTTOM;
    }

    /** Whether nothing has been laid out on the current page yet. */
    public boolean atTopOfPage() {
        return y >= top();
    }

    /** Starts a new page; the next content goes at its top. */
    public void newPage() {
        closeContent();
        var page = new PDPage(PAGE);
        document.addPage(page);
        try {
            content = new PDPageContentStream(document, page);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start a page", e);
        }
        y = top();
    }

    /** Starts a new page unless this much height is left on the current one (or it is still empty). */
    public void ensureSpace(float height) {
        if (height > remaining() && !atTopOfPage()) {
            newPage();
        }
    }

    /** Vertical space; at the bottom of a page it is simply dropped rather than carried over. */
    public void space(float points) {
        if (!atTopOfPage()) {
            y = Math.max(BOTTOM, y - points);
        }
    }

    /** The height text would take as a wrapped paragraph in the full width, less an indent. */
    public float measure(String text, TextStyle style, float indent) {
        return TextLines.wrap(fonts, text, style, width() - indent).size() * style.lineHeight();
    }

    /**
     * A heading, kept on the page with at least a few lines of what follows it, with space above (unless it opens a
     * page) and a little below.
     */
    public void heading(String text, TextStyle style) {
        space(style.size() * 0.9f);
        ensureSpace(measure(text, style, 0) + style.size() * 0.4f + 4 * TextStyle.BODY.lineHeight());
        paragraph(text, style);
        space(style.size() * 0.4f);
    }

    /** A paragraph wrapped to the full width, continuing on the next page when it runs out. */
    public void paragraph(String text, TextStyle style) {
        paragraph(text, style, 0);
    }

    /** A paragraph wrapped to the width less an indent on the left. */
    public void paragraph(String text, TextStyle style, float indent) {
        for (String line : TextLines.wrap(fonts, text, style, width() - indent)) {
            if (style.lineHeight() > remaining()) {
                newPage();
            }
            drawText(line, style, MARGIN + indent, baseline(y, style));
            y -= style.lineHeight();
        }
    }

    /** A paragraph with a bullet hanging in the left margin of its indent. */
    public void bullet(String text, TextStyle style) {
        float indent = style.size() * 1.3f;
        if (style.lineHeight() > remaining()) {
            newPage();
        }
        drawText("•", style, MARGIN + style.size() * 0.2f, baseline(y, style));
        paragraph(text, style, indent);
    }

    /** A horizontal rule across the width, with the given colour and thickness, and a little space under it. */
    public void rule(Color colour, float thickness) {
        ensureSpace(thickness + 6);
        fillRect(MARGIN, y - thickness, width(), thickness, colour);
        y -= thickness + 6;
    }

    /**
     * A PNG picture scaled to a width (never wider than the page allows), centred; moved to a new page when it does
     * not fit the rest of this one, and shrunk when it is taller than a whole page.
     */
    public void image(byte[] png, float widthPoints) {
        PDImageXObject image;
        try {
            image = PDImageXObject.createFromByteArray(document, png, "picture");
        } catch (IOException e) {
            throw new UncheckedIOException("the picture could not be read as PNG", e);
        }
        float width = Math.min(widthPoints, width());
        float height = width * image.getHeight() / image.getWidth();
        ensureSpace(height);
        if (height > remaining()) {
            float shrink = remaining() / height;
            width *= shrink;
            height *= shrink;
        }
        try {
            content.drawImage(image, MARGIN + (width() - width) / 2, y - height, width, height);
        } catch (IOException e) {
            throw new UncheckedIOException("could not draw a picture", e);
        }
        y -= height;
    }

    /** A table; see {@link Table}. Its header is repeated at the top of every page it reaches. */
    public void table(Table table) {
        new TableLayout(this, table).draw();
    }

    /**
     * Numbers the pages, sets the document's title and language, and returns the PDF. The document is closed
     * afterwards.
     *
     * @param footer a short line for the foot of every page (whose document it is), or null for none
     */
    public byte[] finish(String footer) {
        closeContent();
        int count = document.getNumberOfPages();
        try {
            for (int i = 0; i < count; i++) {
                try (var foot = new PDPageContentStream(document, document.getPage(i),
                        PDPageContentStream.AppendMode.APPEND, true, true)) {
                    content = foot;
                    fillRect(MARGIN, FOOTER_BASELINE + 12, width(), 0.5f, RULE);
                    String number = "Page " + (i + 1) + " of " + count;
                    float numberWidth = fonts.width(number, false, TextStyle.SMALL.size());
                    drawText(number, TextStyle.SMALL, MARGIN + width() - numberWidth, FOOTER_BASELINE);
                    if (footer != null && !footer.isBlank()) {
                        var lines = TextLines.wrap(fonts, footer, TextStyle.SMALL, width() - numberWidth - 24);
                        drawText(lines.getFirst() + (lines.size() > 1 ? "…" : ""), TextStyle.SMALL, MARGIN,
                                FOOTER_BASELINE);
                    }
                }
            }
            content = null;
            describe();
            var bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the PDF could not be written", e);
        } finally {
            finished = true;
            close();
        }
    }

    private void describe() {
        var info = new PDDocumentInformation();
        info.setTitle(title);
        info.setCreator("Practice Workbook");
        info.setCreationDate(Calendar.getInstance());
        document.setDocumentInformation(info);
        var catalog = document.getDocumentCatalog();
        catalog.setLanguage(language);
        var preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        catalog.setViewerPreferences(preferences);
    }

    @Override
    public void close() {
        try {
            if (!finished) {
                closeContent();
            }
            document.close();
        } catch (IOException | UncheckedIOException e) {
            // Nothing was written; the document is being abandoned after a failure already reported.
        }
    }

    // ---- for TableLayout: drawing at positions, and the cursor ----

    float top() {
        return PAGE.getHeight() - MARGIN;
    }

    float y() {
        return y;
    }

    void moveTo(float newY) {
        y = newY;
    }

    PdfFonts fonts() {
        return fonts;
    }

    List<String> wrap(String text, TextStyle style, float width) {
        return TextLines.wrap(fonts, text, style, width);
    }

    /** The baseline of a line whose box starts at {@code lineTop}: the capitals sit centred in the line's height. */
    static float baseline(float lineTop, TextStyle style) {
        float capHeight = 0.714f * style.size();
        return lineTop - (style.lineHeight() - capHeight) / 2 - capHeight;
    }

    /** Draws one line of already-wrapped, drawable text with its left end at x. */
    void drawText(String line, TextStyle style, float x, float baselineY) {
        if (line.isEmpty()) {
            return;
        }
        try {
            content.beginText();
            content.setFont(fonts.font(style.bold()), style.size());
            content.setNonStrokingColor(style.colour());
            content.newLineAtOffset(x, baselineY);
            content.showText(line);
            content.endText();
        } catch (IOException e) {
            throw new UncheckedIOException("could not draw text", e);
        }
    }

    void fillRect(float x, float bottom, float w, float h, Color colour) {
        try {
            content.setNonStrokingColor(colour);
            content.addRect(x, bottom, w, h);
            content.fill();
        } catch (IOException e) {
            throw new UncheckedIOException("could not draw on the page", e);
        }
    }

    private void closeContent() {
        if (content != null) {
            try {
                content.close();
            } catch (IOException e) {
                throw new UncheckedIOException("could not finish a page", e);
            }
            content = null;
        }
    }
}
