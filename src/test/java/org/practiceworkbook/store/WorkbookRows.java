package org.practiceworkbook.store;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Every row of every table of a closed workbook, as text: two workbooks holding the same have equal rows. */
final class WorkbookRows {

    private WorkbookRows() {
    }

    static List<String> of(Path file) throws SQLException {
        var rows = new ArrayList<String>();
        try (var connection = DriverManager.getConnection("jdbc:h2:file:" + WorkbookLocation.h2Base(file), "workbook", "");
             var statement = connection.createStatement()) {
            var tables = new ArrayList<String>();
            try (var names = statement.executeQuery("select table_name from information_schema.tables "
                    + "where table_schema = 'PUBLIC' order by table_name")) {
                while (names.next()) {
                    tables.add(names.getString(1));
                }
            }
            for (String table : tables) {
                try (var all = statement.executeQuery("select * from \"" + table + "\"")) {
                    var tableRows = new ArrayList<String>();
                    int columns = all.getMetaData().getColumnCount();
                    while (all.next()) {
                        var row = new StringBuilder(table);
                        for (int c = 1; c <= columns; c++) {
                            row.append(" | ").append(all.getString(c));
                        }
                        tableRows.add(row.toString());
                    }
                    tableRows.sort(null);
                    rows.addAll(tableRows);
                }
            }
        }
        return rows;
    }
}
