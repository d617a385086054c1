package org.practiceworkbook.report.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Forms to fill in by hand on a printed {@link A4Document}: a numbered question with an empty box beside each choice,
 * a row of boxes (a role to tick), and labelled lines to write on. The bundled font has no box glyph, so boxes are
 * drawn as outlines, all the same size and lined up in one column, so a facilitator's eye runs straight down them.
 */
public final class TickBoxes {

    /** One choice to tick: its key as typed elsewhere ("1", "N"), its name, and what it means (null for none). */
    public record Choice(String key, String name, String meaning) {
    }

    private static final float BOX = 10;
    private static final float NUMBER_WIDTH = 24;
    private static final float KEY_WIDTH = 14;
    private static final float NAME_WIDTH = 104;
    private static final float GAP = 6;
    private static final float ROW_GAP = 3;
    private static final float LINE = 0.8f;

    private TickBoxes() {
    }

    /**
     * A numbered question: its text in bold, then one row per choice (box, key, name, meaning wrapped beside it), then
     * the {@code alongside} choices (such as "not applicable" and "don't know") side by side on one line. Kept whole on
     * one page when it fits one; a question taller than a page continues row by row.
     */
    public static void question(A4Document pdf, String number, String question, List<Choice> choices,
                                List<Choice> alongside) {
        float textWidth = pdf.width() - NUMBER_WIDTH;
        float meaningX = NUMBER_WIDTH + BOX + GAP + KEY_WIDTH + NAME_WIDTH + GAP;
        List<String> questionLines = pdf.wrap(question, TextStyle.BODY_BOLD, textWidth);
        var rows = new ArrayList<List<List<String>>>();
        for (Choice choice : choices) {
            rows.add(List.of(pdf.wrap(choice.name(), TextStyle.TABLE_BOLD, NAME_WIDTH - 4),
                    choice.meaning() == null ? List.of() : pdf.wrap(choice.meaning(), TextStyle.TABLE,
                            pdf.width() - meaningX)));
        }
        float questionHeight = questionLines.size() * TextStyle.BODY_BOLD.lineHeight() + ROW_GAP;
        float total = questionHeight + TextStyle.TABLE.lineHeight() + 2 * ROW_GAP;
        for (var row : rows) {
            total += rowHeight(row);
        }
        pdf.ensureSpace(total);

        float left = A4Document.MARGIN;
        for (int i = 0; i < questionLines.size(); i++) {
            ensureLine(pdf, TextStyle.BODY_BOLD.lineHeight());
            float baseline = A4Document.baseline(pdf.y(), TextStyle.BODY_BOLD);
            if (i == 0) {
                pdf.drawText(pdf.fonts().drawable(number), TextStyle.BODY_BOLD, left, baseline);
            }
            pdf.drawText(questionLines.get(i), TextStyle.BODY_BOLD, left + NUMBER_WIDTH, baseline);
            pdf.moveTo(pdf.y() - TextStyle.BODY_BOLD.lineHeight());
        }
        pdf.moveTo(pdf.y() - ROW_GAP);
        for (int r = 0; r < choices.size(); r++) {
            var row = rows.get(r);
            ensureLine(pdf, rowHeight(row));
            float top = pdf.y();
            float x = left + NUMBER_WIDTH;
            box(pdf, x, top, TextStyle.TABLE);
            drawLines(pdf, List.of(pdf.fonts().drawable(choices.get(r).key())), TextStyle.TABLE_BOLD,
                    x + BOX + GAP, top);
            drawLines(pdf, row.get(0), TextStyle.TABLE_BOLD, x + BOX + GAP + KEY_WIDTH, top);
            drawLines(pdf, row.get(1), TextStyle.TABLE, left + meaningX, top);
            pdf.moveTo(top - rowHeight(row));
        }
        ensureLine(pdf, TextStyle.TABLE.lineHeight() + ROW_GAP);
        float x = left + NUMBER_WIDTH;
        float top = pdf.y();
        for (Choice choice : alongside) {
            box(pdf, x, top, TextStyle.TABLE);
            drawLines(pdf, List.of(pdf.fonts().drawable(choice.key())), TextStyle.TABLE_BOLD, x + BOX + GAP, top);
            String name = pdf.fonts().drawable(choice.name());
            drawLines(pdf, List.of(name), TextStyle.TABLE, x + BOX + GAP + KEY_WIDTH, top);
            x += BOX + GAP + KEY_WIDTH + pdf.fonts().width(name, false, TextStyle.TABLE.size()) + 3 * GAP;
        }
        pdf.moveTo(top - TextStyle.TABLE.lineHeight() - ROW_GAP);
    }

    /** A label, then a box before each name, wrapping onto further lines as needed: "Role ☐ GP partner ☐ Nurse …". */
    public static void boxes(A4Document pdf, String label, List<String> names) {
        TextStyle style = TextStyle.BODY;
        float labelWidth = pdf.fonts().width(pdf.fonts().drawable(label), true, style.size()) + 2 * GAP;
        float x = labelWidth;
        ensureLine(pdf, style.lineHeight() + ROW_GAP);
        drawLines(pdf, List.of(pdf.fonts().drawable(label)), style.withBold(true), A4Document.MARGIN, pdf.y());
        for (String raw : names) {
            String name = pdf.fonts().drawable(raw);
            float width = BOX + GAP + pdf.fonts().width(name, false, style.size()) + 3 * GAP;
            if (x + width > pdf.width() && x > labelWidth) {
                pdf.moveTo(pdf.y() - style.lineHeight() - ROW_GAP);
                ensureLine(pdf, style.lineHeight() + ROW_GAP);
                x = labelWidth;
            }
            box(pdf, A4Document.MARGIN + x, pdf.y(), style);
            drawLines(pdf, List.of(name), style, A4Document.MARGIN + x + BOX + GAP, pdf.y());
            x += width;
        }
        pdf.moveTo(pdf.y() - style.lineHeight() - ROW_GAP);
    }

    /** Labelled lines to write on, side by side across the width, sharing it by weight: "Name ______  Date ____". */
    public static void blanks(A4Document pdf, List<String> labels, List<Float> weights) {
        TextStyle style = TextStyle.BODY;
        float height = style.lineHeight() * 1.8f;
        ensureLine(pdf, height + ROW_GAP);
        float total = (float) weights.stream().mapToDouble(Float::doubleValue).sum();
        float x = A4Document.MARGIN;
        float top = pdf.y() - (height - style.lineHeight());
        for (int i = 0; i < labels.size(); i++) {
            float share = pdf.width() * weights.get(i) / total;
            String label = pdf.fonts().drawable(labels.get(i));
            drawLines(pdf, List.of(label), style.withBold(true), x, top);
            float lineStart = x + pdf.fonts().width(label, true, style.size()) + GAP;
            float lineEnd = x + share - (i < labels.size() - 1 ? 3 * GAP : 0);
            pdf.fillRect(lineStart, top - style.lineHeight() + 2, lineEnd - lineStart, LINE, TextStyle.INK);
            x += share;
        }
        pdf.moveTo(pdf.y() - height - ROW_GAP);
    }

    private static float rowHeight(List<List<String>> row) {
        int lines = Math.max(1, Math.max(row.get(0).size(), row.get(1).size()));
        return lines * TextStyle.TABLE.lineHeight() + ROW_GAP;
    }

    private static void ensureLine(A4Document pdf, float height) {
        if (height > pdf.remaining()) {
            pdf.newPage();
        }
    }

    private static void drawLines(A4Document pdf, List<String> lines, TextStyle style, float x, float top) {
        float lineTop = top;
        for (String line : lines) {
            pdf.drawText(line, style, x, A4Document.baseline(lineTop, style));
            lineTop -= style.lineHeight();
        }
    }

    /** An empty box whose middle sits on the middle of a line of text in this style starting at {@code lineTop}. */
    private static void box(A4Document pdf, float x, float lineTop, TextStyle style) {
        float middle = lineTop - style.lineHeight() / 2;
        float bottom = middle - BOX / 2;
        pdf.fillRect(x, bottom, BOX, LINE, TextStyle.INK);
        pdf.fillRect(x, bottom + BOX - LINE, BOX, LINE, TextStyle.INK);
        pdf.fillRect(x, bottom, LINE, BOX, TextStyle.INK);
        pdf.fillRect(x + BOX - LINE, bottom, LINE, BOX, TextStyle.INK);
    }
}
