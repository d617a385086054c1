package org.practiceworkbook.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Backups are SQL scripts, not copies of the H2 file: H2's file format changes between its minor versions, but a
 * script written by {@code SCRIPT} is plain SQL that any later H2 reads with {@code RUNSCRIPT}. Zipped; and, for an
 * encrypted workbook, compressed and encrypted with the workbook's own file key (H2 encrypts only DEFLATE scripts,
 * not zipped ones), so a backup gives away no more than the workbook.
 */
final class BackupScript {

    private BackupScript() {
    }

    /** Writes the whole workbook, as one consistent snapshot, to {@code target}. */
    static void write(Connection connection, Path target, Optional<String> fileKey) throws SQLException {
        run(connection, "script to ?", target, fileKey);
    }

    /**
     * Runs a backup's script into the (new, empty) database of {@code connection}. A zipped backup is read as it is,
     * whatever the key: one made before the workbook had a password restores into it too.
     */
    static void read(Connection connection, Path backup, Optional<String> fileKey) throws SQLException, IOException {
        run(connection, "runscript from ?", backup, isZip(backup) ? Optional.empty() : fileKey);
    }

    static boolean isZip(Path file) throws IOException {
        try (var in = Files.newInputStream(file)) {
            byte[] start = in.readNBytes(4);
            return start.length == 4 && start[0] == 'P' && start[1] == 'K' && start[2] == 3 && start[3] == 4;
        }
    }

    private static void run(Connection connection, String command, Path file, Optional<String> fileKey)
            throws SQLException {
        String sql = command + (fileKey.isPresent() ? " compression deflate cipher aes password ?" : " compression zip");
        try (var statement = connection.prepareStatement(sql)) {
            statement.setString(1, file.toAbsolutePath().toString());
            if (fileKey.isPresent()) {
                statement.setString(2, fileKey.get());
            }
            statement.execute();
        }
    }
}
