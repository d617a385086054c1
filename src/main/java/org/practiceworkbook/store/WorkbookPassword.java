package org.practiceworkbook.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.practiceworkbook.pack.PackReader;
import org.practiceworkbook.store.crypto.FileKey;
import org.practiceworkbook.store.crypto.KeyHeader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sets, changes or removes a workbook's password, with the workbook closed. H2 cannot change a file's encryption in
 * place, so the workbook is copied into a new file with the new key (through an encrypted SQL script), the copy is
 * proven to hold every row, and only then swapped in with one atomic rename; the old file is kept until the new one
 * has opened. A failure at any point leaves the workbook as it was.
 */
public final class WorkbookPassword {

    private static final Logger LOG = LoggerFactory.getLogger(WorkbookPassword.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private WorkbookPassword() {
    }

    /**
     * Changes the password as {@link #change} does and opens the workbook with the new one. With a password, the
     * workbook's backups made without one are deleted (they would give away what the password protects) and an
     * encrypted backup is made at once, so there is always one to go back to.
     */
    public static Workbook changeAndOpen(Path workbook, Optional<String> current, Optional<String> next,
                                         PackReader reader, Backups backups) {
        change(workbook, current, next);
        Workbook opened = Workbook.open(workbook, reader, Disk.LOCAL, backups, next);
        if (next.isPresent()) {
            try {
                int deleted = opened.backups().deleteUnencrypted(opened.file());
                // Made whatever was made earlier today: those are under the old key, which the new password is not.
                opened.backUp(BackupReason.ON_OPENING);
                LOG.info("A password was set or changed; {} backups without one were deleted", deleted);
            } catch (StoreException e) {
                // The password has changed and the workbook is open with it: that must not be undone by a backup.
                LOG.warn("After a password change, the backups could not be brought in line", e);
            }
        }
        return opened;
    }

    /**
     * @param workbook the workbook's file, closed
     * @param current  its password now; empty when it has none
     * @param next     its password from now on; empty to remove it
     */
    public static void change(Path workbook, Optional<String> current, Optional<String> next) {
        Path file = WorkbookLocation.file(workbook);
        if (!Files.isRegularFile(file)) {
            throw new WorkbookOpenException("there is no workbook at " + file);
        }
        Optional<FileKey> oldKey = EncryptedOpening.keyFor(file, current);
        Path copy = sibling(file, ".password-change");
        Path script = copy.resolveSibling(copy.getFileName() + ".script");
        Path kept = sibling(file, ".before-password-change");
        try {
            deleteIfExists(copy);
            deleteIfExists(script);
            deleteIfExists(kept);
            Optional<FileKey> newKey = next.map(password -> {
                var header = KeyHeader.fresh();
                writeHeader(header, copy);
                return header.derive(password);
            });
            copyRows(file, oldKey, copy, newKey, script);
            swap(file, copy, kept, newKey);
            LOG.info("Workbook password {}", next.isEmpty() ? "removed" : current.isEmpty() ? "set" : "changed");
        } catch (SQLException | IOException e) {
            throw new StoreException("the password could not be changed (" + firstLine(e) + "); the workbook is "
                    + "as it was", e);
        } finally {
            deleteQuietly(script);
            deleteQuietly(copy);
        }
    }

    private static void writeHeader(KeyHeader header, Path copy) {
        try {
            header.writeNewFile(copy);
        } catch (IOException e) {
            throw new StoreException("the password could not be changed (cannot write " + copy + ": "
                    + e.getMessage() + "); the workbook is as it was", e);
        }
    }

    /**
     * Copies every table through a script encrypted with a throwaway key, so no answer is on the disk in plain even
     * for a moment, then checks each table has as many rows in the copy as in the original.
     */
    private static void copyRows(Path file, Optional<FileKey> oldKey, Path copy, Optional<FileKey> newKey,
                                 Path script) throws SQLException {
        String scriptKey = HexFormat.of().formatHex(randomBytes());
        Map<String, Long> counted;
        try (Connection from = connectOld(file, oldKey)) {
            try (var statement = from.prepareStatement("script to ? compression deflate cipher aes password ?")) {
                statement.setString(1, script.toString());
                statement.setString(2, scriptKey);
                statement.execute();
            }
            counted = rowCounts(from);
        }
        try (Connection to = EncryptedOpening.connect(copy, newKey)) {
            try (var statement = to.prepareStatement("runscript from ? compression deflate cipher aes password ?")) {
                statement.setString(1, script.toString());
                statement.setString(2, scriptKey);
                statement.execute();
            }
            var copied = rowCounts(to);
            if (!copied.equals(counted)) {
                throw new SQLException("the copy did not match the workbook: " + copied.keySet().size() + " tables");
            }
        }
    }

    private static Connection connectOld(Path file, Optional<FileKey> key) throws SQLException {
        try {
            return EncryptedOpening.connect(file, key);
        } catch (EncryptedOpening.WrongPasswordSqlException e) {
            throw new WrongPasswordException();
        } catch (SQLException e) {
            if (e.getErrorCode() == org.h2.api.ErrorCode.DATABASE_ALREADY_OPEN_1) {
                throw new WorkbookInUseException(file, e);
            }
            throw e;
        }
    }

    private static Map<String, Long> rowCounts(Connection connection) throws SQLException {
        var tables = new java.util.ArrayList<String>();
        try (var statement = connection.createStatement();
             var names = statement.executeQuery("select table_name from information_schema.tables "
                     + "where table_schema = 'PUBLIC' and table_type = 'BASE TABLE' order by table_name")) {
            while (names.next()) {
                tables.add(names.getString(1));
            }
        }
        var counts = new LinkedHashMap<String, Long>();
        for (String table : tables) {
            try (var statement = connection.createStatement();
                 var count = statement.executeQuery("select count(*) from \"" + table.replace("\"", "\"\"") + "\"")) {
                count.next();
                counts.put(table, count.getLong(1));
            }
        }
        return counts;
    }

    /**
     * Puts the proven copy in the workbook's place with one atomic rename, keeping the old file under another name
     * until the new one has opened; if it will not, the old file goes back.
     */
    private static void swap(Path file, Path copy, Path kept, Optional<FileKey> newKey) throws IOException, SQLException {
        keepCopy(file, kept);
        Files.move(copy, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        try (Connection opened = EncryptedOpening.connect(file, newKey)) {
            rowCounts(opened);
        } catch (SQLException e) {
            Files.move(kept, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            throw e;
        }
        Files.delete(kept);
    }

    /** A hard link costs nothing and cannot be half-written; a file system without them gets a copy. */
    private static void keepCopy(Path file, Path kept) throws IOException {
        try {
            Files.createLink(kept, file);
        } catch (IOException | UnsupportedOperationException e) {
            Files.copy(file, kept, StandardCopyOption.COPY_ATTRIBUTES);
        }
    }

    private static Path sibling(Path file, String suffix) {
        String name = file.getFileName().toString();
        return file.resolveSibling(name.substring(0, name.length() - WorkbookLocation.H2_SUFFIX.length()) + suffix
                + WorkbookLocation.H2_SUFFIX);
    }

    private static byte[] randomBytes() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static void deleteIfExists(Path file) throws IOException {
        Files.deleteIfExists(file);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Could not remove {}", file.getFileName(), e);
        }
    }

    private static String firstLine(Exception e) {
        return String.valueOf(e.getMessage()).lines().findFirst().orElse("");
    }
}
