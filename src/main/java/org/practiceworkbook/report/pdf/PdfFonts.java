package org.practiceworkbook.report.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The bundled Noto Sans (regular and bold) loaded into one document, embedded as subsets: only the glyphs used travel
 * in the file, and "£", "–", curly quotes and accents look the same on every machine.
 *
 * <p>A character the font has no glyph for (an emoji, say) would make PDFBox refuse the whole line, so text is made
 * drawable first: such characters become "?", and tabs and line breaks inside a line become spaces.
 *
 * <p>Glyph substitution (GSUB) is switched off: our text is Latin, where it changes nothing visible, and PDFBox's
 * substitution builds a regular expression for every line drawn, which made it most of a report's layout time.
 */
final class PdfFonts implements AutoCloseable {

    private static final String FOLDER = "/org/practiceworkbook/report/fonts/";

    private final TrueTypeFont regularFile;
    private final TrueTypeFont boldFile;
    private final PDType0Font regular;
    private final PDType0Font bold;
    private final Map<Integer, Boolean> drawable = new HashMap<>();

    private PdfFonts(PDDocument document) {
        regularFile = file("NotoSans-Regular.ttf");
        boldFile = file("NotoSans-Bold.ttf");
        regular = font(document, regularFile);
        bold = font(document, boldFile);
    }

    /** The fonts for one document; {@link #close} them after the document is saved (subsetting reads them). */
    static PdfFonts load(PDDocument document) {
        return new PdfFonts(document);
    }

    private static TrueTypeFont file(String name) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("the bundled font " + name + " is missing from the program");
            }
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in));
            font.setEnableGsub(false);
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled font " + name + " could not be read", e);
        }
    }

    private static PDType0Font font(PDDocument document, TrueTypeFont file) {
        try {
            return PDType0Font.load(document, file, true);
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled font could not be embedded", e);
        }
    }

    @Override
    public void close() {
        try {
            regularFile.close();
            boldFile.close();
        } catch (IOException e) {
            // Read from memory: nothing is left open that closing could fail to release.
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
