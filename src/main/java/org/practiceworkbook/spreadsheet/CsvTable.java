package org.practiceworkbook.spreadsheet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A header and rows of text, written the way Excel opens cleanly: UTF-8 with a byte order mark (without it Excel
 * reads the file in the computer's old code page and "£" or "é" come out garbled), CRLF line ends, and quotes only
 * where a cell needs them (commas, quotes, line breaks). Every cell goes through {@link #guard}, so text a person
 * typed is never run by a spreadsheet as a formula.
 */
public record CsvTable(List<String> header, List<List<String>> rows) {

    /** Excel takes a UTF-8 file for what it is only when it starts with these bytes. */
    static final String BYTE_ORDER_MARK = "\uFEFF";

    public CsvTable {
        header = List.copyOf(header);
        var copied = new ArrayList<List<String>>(rows.size());
        for (List<String> row : rows) {
            if (row.size() != header.size()) {
                throw new IllegalArgumentException("a row has " + row.size() + " cells for " + header.size() + " columns");
            }
            copied.add(java.util.Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = List.copyOf(copied);
    }

    /**
     * A cell as it is safe to hand to a spreadsheet. Text starting with =, +, -, @, a tab or a carriage return would
     * be taken by Excel (and LibreOffice) as a formula, which can run commands or send data away when the file is
     * opened (CSV injection); as OWASP advises, such a cell gets a leading apostrophe, which shows the text as typed.
     * A missing value (null) is an empty cell.
     */
    public static String guard(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell : cell;
    }

    /** The whole file's bytes. */
    public byte[] toBytes() {
        var text = new StringBuilder(BYTE_ORDER_MARK);
        CSVFormat format = CSVFormat.EXCEL.builder().setRecordSeparator("\r\n").get();
        try (var printer = new CSVPrinter(text, format)) {
            printer.printRecord(header.stream().map(CsvTable::guard));
            for (List<String> row : rows) {
                printer.printRecord(row.stream().map(CsvTable::guard));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);   // a StringBuilder does not fail
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
