package org.practiceworkbook.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;

import org.practiceworkbook.assessment.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts a backup in place of a closed workbook. The backup's script is run into a new file beside the workbook and
 * checked; only then is the new file moved over the old in one step, so a refused or interrupted restore leaves the
 * workbook exactly as it was, never half restored.
 */
public final class BackupRestore {

    private static final Logger LOG = LoggerFactory.getLogger(BackupRestore.class);

    private BackupRestore() {
    }

    /**
     * @param workbook the workbook's file; it must be closed (callers back it up first, while it is open)
     * @param fileKey  the key the workbook's file is encrypted with, which its backups are encrypted with too
     * @throws InvalidInputException naming the backup when it is missing, not a backup, damaged or from a newer
     *                               version; the workbook is then unchanged
     */
    public static void restore(Path workbook, Path backup, Optional<String> fileKey) {
        Path target = WorkbookLocation.file(workbook);
        Path from = backup.toAbsolutePath().normalize();
        if (!Files.isRegularFile(from)) {
            throw new InvalidInputException("backup", "there is no backup at " + from + "; nothing was changed");
        }
        String name = target.getFileName().toString();
        Path fresh = target.resolveSibling(name.substring(0, name.length() - WorkbookLocation.H2_SUFFIX.length())
                + ".restoring" + WorkbookLocation.H2_SUFFIX);
        try {
            deleteH2Files(fresh);
            if (fileKey.isPresent()) {
                // The restored file opens with the workbook's own password: it carries the same salt in its first block.
                EncryptedOpening.header(target).writeNewFile(fresh);
            }
            try (Connection connection = connect(fresh, fileKey)) {
                read(connection, from, fileKey);
                int version = Workbook.schemaVersion(connection);
                if (version == 0) {
                    throw refused(from, "is not a backup of a Practice Workbook workbook");
                }
                if (version > Workbook.SCHEMA_VERSION) {
                    throw refused(from, "was made by a newer version of Practice Workbook (schema " + version
                            + "); install that version to restore it");
                }
            }
            Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            LOG.info("Restored {} from {}", target, from);
        } catch (SQLException e) {
            throw new StoreException("the restore of " + target + " could not be made ready ("
                    + e.getMessage().lines().findFirst().orElse("") + "); nothing was changed", e);
        } catch (IOException e) {
            throw new StoreException("the restored workbook could not be put in place of " + target + " ("
                    + e.getMessage() + "); nothing was changed", e);
        } finally {
            deleteH2FilesQuietly(fresh);
        }
    }

    private static void read(Connection connection, Path from, Optional<String> fileKey) throws IOException {
        boolean zipped = BackupScript.isZip(from);
        if (!zipped && fileKey.isEmpty() && from.getFileName().toString().endsWith(BackupFile.ENCRYPTED)) {
            throw refused(from, "was made while the workbook had a password, and it has none now; set that "
                    + "password again (File > Set password…) to restore it");
        }
        try {
            BackupScript.read(connection, from, fileKey);
        } catch (SQLException e) {
            throw refused(from, "is not a Practice Workbook backup, or it is damaged"
                    + (!zipped && fileKey.isPresent() ? ", or it was made when the workbook had another password" : ""));
        }
    }

    private static InvalidInputException refused(Path backup, String why) {
        return new InvalidInputException("backup", backup + " " + why + "; nothing was changed");
    }

    /** A new H2 file, encrypted with the workbook's key when it has one (H2 takes "file-key user-password"). */
    private static Connection connect(Path file, Optional<String> fileKey) throws SQLException {
        String url = "jdbc:h2:file:" + WorkbookLocation.h2Base(file) + ";WRITE_DELAY=0;TRACE_LEVEL_FILE=0"
                + (fileKey.isPresent() ? ";CIPHER=AES" : "");
        return DriverManager.getConnection(url, "workbook", fileKey.map(key -> key + " ").orElse(""));
    }

    private static void deleteH2Files(Path file) throws IOException {
        String base = WorkbookLocation.h2Base(file);
        for (String ending : new String[] {WorkbookLocation.H2_SUFFIX, ".trace.db", ".lock.db"}) {
            Files.deleteIfExists(Path.of(base + ending));
        }
    }

    private static void deleteH2FilesQuietly(Path file) {
        try {
            deleteH2Files(file);
        } catch (IOException e) {
            LOG.warn("Could not tidy away {} after a restore", file, e);
        }
    }
}
