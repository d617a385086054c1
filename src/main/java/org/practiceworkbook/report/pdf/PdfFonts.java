package org.practiceworkbook.report.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The bundled Noto Sans (regular and bold) loaded into one document, embedded as subsets: only the glyphs used travel
 * in the file, and "£", "–", curly quotes and accents look the same on every machine.
 *
 * <p>A character the font has no glyph for (an emoji, say) would make PDFBox refuse the whole line, so text is made
 * drawable first: such characters become "?", and tabs and line breaks inside a line become spaces.
 */
final class PdfFonts {

    private static final String FOLDER = "/org/practiceworkbook/report/fonts/";

    private final PDType0Font regular;
    private final PDType0Font bold;
    private final Map<Integer, Boolean> drawable = new HashMap<>();

    private PdfFonts(PDType0Font regular, PDType0Font bold) {
        this.regular = regular;
        this.bold = bold;
    }

    static PdfFonts load(PDDocument document) {
        return new PdfFonts(font(document, "NotoSans-Regular.ttf"), font(document, "NotoSans-Bold.ttf"));
    }

    private static PDType0Font font(PDDocument document, String name) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("the bundled font " + name + " is missing from the program");
            }
            return PDType0Font.load(document, in, true);
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled font " + name + " could not be read", e);
        }
    }

    PDType0Font font(boolean isBold) {
        return isBold ? bold : regular;
    }

    /** The width of text in points, at a size. The text must already be {@linkplain #drawable drawable}. */
    float width(String text, boolean isBold, float size) {
        try {
            return font(isBold).getStringWidth(text) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException("could not measure text in the bundled font", e);
        }
    }

    /** The text with anything the font cannot draw replaced: "?" for a missing glyph, a space for control characters. */
    String drawable(String text) {
        var out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || Character.isWhitespace(c) && c != ' ') {
                out.append(' ');
            } else if (drawable.computeIfAbsent(c, this::hasGlyph)) {
                out.appendCodePoint(c);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    /** Both fonts share their glyph coverage; asking the regular one is enough. */
    private boolean hasGlyph(int codePoint) {
        try {
            regular.getStringWidth(new String(Character.toChars(codePoint)));
            bold.getStringWidth(new String(Character.toChars(codePoint)));
            return true;
        } catch (IllegalArgumentException | IOException noGlyph) {
            return false;
        }
    }
}
