package org.practiceworkbook.report.pdf;

import java.awt.Color;

/**
 * How a run of text looks: its size in points, weight and colour. The constants are the one type scale every
 * document uses, so a report and a score sheet look like one family.
 *
 * @param size    in points
 * @param leading the line height as a multiple of the size
 */
public record TextStyle(float size, boolean bold, Color colour, float leading) {

    /** NHS blue, the one accent colour of the program. */
    public static final Color ACCENT = new Color(0x00, 0x5e, 0xb8);
    /** The accent's dark shade, for headings. */
    public static final Color ACCENT_DARK = new Color(0x00, 0x30, 0x87);
    /** Body text: near-black, softer on paper than pure black. */
    public static final Color INK = new Color(0x21, 0x2b, 0x32);
    /** Secondary text: notes, footers, captions. */
    public static final Color MUTED = new Color(0x4c, 0x61, 0x72);

    public static final TextStyle TITLE = new TextStyle(28, true, ACCENT_DARK, 1.25f);
    public static final TextStyle SUBTITLE = new TextStyle(16, false, INK, 1.35f);
    public static final TextStyle HEADING_1 = new TextStyle(18, true, ACCENT_DARK, 1.3f);
    public static final TextStyle HEADING_2 = new TextStyle(13, true, ACCENT_DARK, 1.3f);
    public static final TextStyle HEADING_3 = new TextStyle(11, true, INK, 1.35f);
    public static final TextStyle BODY = new TextStyle(10, false, INK, 1.4f);
    public static final TextStyle BODY_BOLD = new TextStyle(10, true, INK, 1.4f);
    public static final TextStyle SMALL = new TextStyle(8.5f, false, MUTED, 1.35f);
    public static final TextStyle TABLE = new TextStyle(8.5f, false, INK, 1.35f);
    public static final TextStyle TABLE_BOLD = new TextStyle(8.5f, true, INK, 1.35f);
    public static final TextStyle TABLE_HEADER = new TextStyle(8.5f, true, Color.WHITE, 1.35f);

    public TextStyle {
        if (size <= 0 || leading < 1) {
            throw new IllegalArgumentException("a text style needs a positive size and a leading of at least 1");
        }
        java.util.Objects.requireNonNull(colour, "colour");
    }

    /** The height of one line of this text, in points. */
    public float lineHeight() {
        return size * leading;
    }

    public TextStyle withColour(Color other) {
        return new TextStyle(size, bold, other, leading);
    }

    public TextStyle withBold(boolean other) {
        return new TextStyle(size, other, colour, leading);
    }
}
