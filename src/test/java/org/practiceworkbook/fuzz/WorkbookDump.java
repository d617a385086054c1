package org.practiceworkbook.fuzz;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Every row of every table of a workbook, through H2's {@code SCRIPT}: to show that a refused import changed
 * nothing. Held on a second connection of the test's own, so it sees only what is committed. Identity counters and
 * column statistics are left out: a rolled-back insert uses up a number without leaving a row, and H2 gathers
 * statistics (SELECTIVITY) when it likes; neither is a change to the workbook's content.
 */
final class WorkbookDump implements AutoCloseable {

    private final Connection connection;

    WorkbookDump(Path workbookFile) throws SQLException {
        String base = workbookFile.toString().replaceFirst("\\.mv\\.db$", "");
        connection = DriverManager.getConnection("jdbc:h2:file:" + base + ";WRITE_DELAY=0", "workbook", "");
    }

    List<String> rows() {
        var out = new ArrayList<String>();
        try (Statement statement = connection.createStatement();
             ResultSet script = statement.executeQuery("SCRIPT NOPASSWORDS NOSETTINGS")) {
            while (script.next()) {
                out.add(script.getString(1).replaceAll("RESTART WITH \\d+", "").replaceAll(" SELECTIVITY \\d+", ""));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot list the workbook's rows", e);
        }
        return out;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
