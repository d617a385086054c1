package org.practiceworkbook.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads a written CSV file back as a spreadsheet would, checking first the bytes Excel needs. */
public final class CsvFiles {

    private CsvFiles() {
    }

    /** The rows under the header, after checking the byte order mark and the CRLF line ends. */
    public static List<CSVRecord> parse(Path file) throws IOException {
        String text = text(file);
        assertThat(text).endsWith("\r\n");
        assertThat(text.replace("\r\n", "")).as("every line ends in CRLF, outside quoted notes too")
                .doesNotContainPattern("\r(?!\n)");
        try (var parser = CSVParser.builder().setReader(new StringReader(text))
                .setFormat(CSVFormat.EXCEL.builder().setHeader().get()).get()) {
            return parser.getRecords();
        }
    }

    /** The header row's cells. */
    public static List<String> header(Path file) throws IOException {
        String text = text(file);
        return List.of(text.substring(0, text.indexOf("\r\n")).split(","));
    }

    /** The text after the UTF-8 byte order mark, which must be there. */
    private static String text(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }
}
