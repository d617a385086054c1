package org.practiceworkbook.report.pdf;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays a {@link Table} onto a document's pages: each cell's runs wrapped to its column, the header repeated at the top
 * of every page, a group row kept with the row under it, and a row too tall for what is left of a page moved to the
 * next, or, when taller than a whole page, continued there line by line.
 */
final class TableLayout {

    private static final float PAD_X = 4.5f;
    private static final float PAD_Y = 4f;
    private static final Color GROUP_FILL = new Color(0xe6, 0xf0, 0xfa);

    /** One wrapped line of a cell. */
    private record Line(String text, TextStyle style) {
    }

    /** A row wrapped to its columns: each cell's lines (one cell spanning the table for a group row). */
    private record Laid(List<List<Line>> cells, boolean group, boolean header) {

        float height(int[] from) {
            float tallest = 0;
            for (int c = 0; c < cells.size(); c++) {
                float h = 0;
                for (int i = from[c]; i < cells.get(c).size(); i++) {
                    h += cells.get(c).get(i).style().lineHeight();
                }
                tallest = Math.max(tallest, h);
            }
            return tallest + 2 * PAD_Y;
        }

        float height() {
            return height(new int[cells.size()]);
        }
    }

    private final A4Document page;
    private final Table table;
    private final float[] x;
    private final float[] widths;
    private final Laid header;

    TableLayout(A4Document page, Table table) {
        this.page = page;
        this.table = table;
        var columns = table.columns();
        float total = (float) columns.stream().mapToDouble(Table.Column::weight).sum();
        widths = new float[columns.size()];
        x = new float[columns.size()];
        float left = A4Document.MARGIN;
        for (int c = 0; c < columns.size(); c++) {
            widths[c] = page.width() * columns.get(c).weight() / total;
            x[c] = left;
            left += widths[c];
        }
        header = lay(columns.stream().map(col -> new Table.Cell(List.of(new Table.Run(col.header(),
                TextStyle.TABLE_HEADER)))).toList(), false, true);
    }

    void draw() {
        var rows = table.rows().stream().map(r -> lay(r.cells(), r.group(), false)).toList();
        float firstRow = rows.isEmpty() ? 0 : Math.min(rows.getFirst().height(), 60);
        page.ensureSpace(header.height() + firstRow + (rows.size() > 1 && rows.getFirst().group()
                ? Math.min(rows.get(1).height(), 60) : 0));
        drawWhole(header);
        for (int r = 0; r < rows.size(); r++) {
            Laid row = rows.get(r);
            float needed = row.height();
            if (row.group() && r + 1 < rows.size()) {
                needed += Math.min(rows.get(r + 1).height(), 60);
            }
            if (needed > page.remaining() && (row.height() <= freshPage() || row.group())) {
                continueOnNewPage();
            }
            drawSplitting(row);
        }
        page.moveTo(page.y() - 2);
    }

    /** The height a fresh page offers under the repeated header. */
    private float freshPage() {
        return page.top() - A4Document.BOTTOM - header.height();
    }

    private void continueOnNewPage() {
        page.newPage();
        drawWhole(header);
    }

    private void drawWhole(Laid row) {
        drawSlice(row, new int[row.cells().size()], row.height());
    }

    /** Draws a row, continuing on new pages (under the header) as long as lines are left. */
    private void drawSplitting(Laid row) {
        int[] from = new int[row.cells().size()];
        while (true) {
            float available = page.remaining();
            if (row.height(from) <= available) {
                drawSlice(row, from, row.height(from));
                return;
            }
            int[] upTo = fitting(row, from, available - 2 * PAD_Y);
            if (java.util.Arrays.equals(upTo, from)) {
                continueOnNewPage();
                continue;
            }
            drawSliceTo(row, from, upTo, available);
            from = upTo;
            continueOnNewPage();
        }
    }

    /** How far each cell's lines reach within a height. */
    private static int[] fitting(Laid row, int[] from, float height) {
        int[] upTo = from.clone();
        for (int c = 0; c < row.cells().size(); c++) {
            float used = 0;
            var lines = row.cells().get(c);
            while (upTo[c] < lines.size() && used + lines.get(upTo[c]).style().lineHeight() <= height) {
                used += lines.get(upTo[c]).style().lineHeight();
                upTo[c]++;
            }
        }
        return upTo;
    }

    private void drawSlice(Laid row, int[] from, float height) {
        int[] to = new int[row.cells().size()];
        for (int c = 0; c < to.length; c++) {
            to[c] = row.cells().get(c).size();
        }
        drawSliceTo(row, from, to, height);
    }

    private void drawSliceTo(Laid row, int[] from, int[] to, float height) {
        float top = page.y();
        float bottom = top - height;
        if (row.header()) {
            page.fillRect(A4Document.MARGIN, bottom, page.width(), height, TextStyle.ACCENT);
        } else if (row.group()) {
            page.fillRect(A4Document.MARGIN, bottom, page.width(), height, GROUP_FILL);
        }
        for (int c = 0; c < row.cells().size(); c++) {
            float lineTop = top - PAD_Y;
            var lines = row.cells().get(c);
            for (int i = from[c]; i < to[c]; i++) {
                Line line = lines.get(i);
                float textX = row.group() ? A4Document.MARGIN + PAD_X : align(c, line);
                page.drawText(line.text(), line.style(), textX, A4Document.baseline(lineTop, line.style()));
                lineTop -= line.style().lineHeight();
            }
        }
        if (!row.header()) {
            page.fillRect(A4Document.MARGIN, bottom, page.width(), 0.5f, A4Document.RULE);
        }
        page.moveTo(bottom);
    }

    private float align(int column, Line line) {
        float inner = widths[column] - 2 * PAD_X;
        float textWidth = page.fonts().width(line.text(), line.style().bold(), line.style().size());
        return x[column] + PAD_X + switch (table.columns().get(column).align()) {
            case LEFT -> 0;
            case CENTRE -> Math.max(0, (inner - textWidth) / 2);
            case RIGHT -> Math.max(0, inner - textWidth);
        };
    }

    private Laid lay(List<Table.Cell> cells, boolean group, boolean isHeader) {
        var laid = new ArrayList<List<Line>>();
        for (int c = 0; c < cells.size(); c++) {
            float inner = (group ? page.width() : widths[c]) - 2 * PAD_X;
            var lines = new ArrayList<Line>();
            for (Table.Run run : cells.get(c).runs()) {
                if (run.text().isBlank() && cells.get(c).runs().size() > 1) {
                    continue;
                }
                page.wrap(run.text(), run.style(), inner).forEach(text -> lines.add(new Line(text, run.style())));
            }
            laid.add(lines);
        }
        return new Laid(laid, group, isHeader);
    }
}
