package org.practiceworkbook.report.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A table to lay out with {@link A4Document#table}: columns sharing the page's width by weight, a header row that is
 * repeated at the top of every page the table reaches, body rows whose cells wrap long text (a row too tall for a
 * page continues on the next), and group rows spanning the width, to head the rows under them (a section, say).
 *
 * <pre>{@code
 * var table = new Table(Table.Column.of("Action", 3), Table.Column.centred("Due", 1));
 * table.group("Protected time");
 * table.row(Table.Cell.titled("Book a monthly away-afternoon", "Why: no time is protected now."), Table.Cell.of("14 March 2027"));
 * document.table(table);
 * }</pre>
 */
public final class Table {

    /** Where a column's text sits within its width. */
    public enum Align { LEFT, CENTRE, RIGHT }

    /** A column: its heading, its share of the width (relative to the other columns') and its alignment. */
    public record Column(String header, float weight, Align align) {

        public Column {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(align, "align");
            if (!(weight > 0)) {
                throw new IllegalArgumentException("a column's weight must be positive: " + header);
            }
        }

        public static Column of(String header, float weight) {
            return new Column(header, weight, Align.LEFT);
        }

        public static Column centred(String header, float weight) {
            return new Column(header, weight, Align.CENTRE);
        }
    }

    /** Text in a cell in one style; a cell's runs are stacked, each starting on a new line. */
    public record Run(String text, TextStyle style) {

        public Run {
            text = text == null ? "" : text;
            Objects.requireNonNull(style, "style");
        }
    }

    /** One cell: one or more runs, stacked. */
    public record Cell(List<Run> runs) {

        public static final Cell EMPTY = of("");

        public Cell {
            runs = List.copyOf(runs);
        }

        /** Plain table text; null is an empty cell. */
        public static Cell of(String text) {
            return new Cell(List.of(new Run(text, TextStyle.TABLE)));
        }

        /** Bold table text. */
        public static Cell strong(String text) {
            return new Cell(List.of(new Run(text, TextStyle.TABLE_BOLD)));
        }

        /** A bold first line (a title) over plain text (its detail); the detail is left out when blank. */
        public static Cell titled(String title, String detail) {
            return detail == null || detail.isBlank() ? strong(title)
                    : new Cell(List.of(new Run(title, TextStyle.TABLE_BOLD), new Run(detail, TextStyle.TABLE)));
        }
    }

    /** A body row, or a group row whose single cell spans the table. */
    record Row(List<Cell> cells, boolean group) {
    }

    private final List<Column> columns;
    private final List<Row> rows = new ArrayList<>();

    public Table(Column... columns) {
        this(List.of(columns));
    }

    public Table(List<Column> columns) {
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a table needs at least one column");
        }
        this.columns = List.copyOf(columns);
    }

    /** Adds a row of plain cells, one text per column (null for an empty cell). */
    public Table row(String... cells) {
        return row(java.util.Arrays.stream(cells).map(Cell::of).toArray(Cell[]::new));
    }

    /** Adds a row, one cell per column. */
    public Table row(Cell... cells) {
        if (cells.length != columns.size()) {
            throw new IllegalArgumentException("a row needs " + columns.size() + " cells, one per column, not "
                    + cells.length);
        }
        rows.add(new Row(List.of(cells), false));
        return this;
    }

    /** Adds a shaded row spanning every column, heading the rows after it; kept on the page with the next row. */
    public Table group(String title) {
        rows.add(new Row(List.of(Cell.strong(title)), true));
        return this;
    }

    public List<Column> columns() {
        return columns;
    }

    List<Row> rows() {
        return List.copyOf(rows);
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
