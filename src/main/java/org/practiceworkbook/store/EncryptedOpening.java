package org.practiceworkbook.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;

import org.h2.api.ErrorCode;
import org.practiceworkbook.store.crypto.FileKey;
import org.practiceworkbook.store.crypto.KeyHeader;

/**
 * Works out the key a workbook file is opened with, and makes H2's connection with it: a plain file has none; an
 * encrypted one needs its password; a new file given a password is made encrypted.
 */
final class EncryptedOpening {

    private EncryptedOpening() {
    }

    /**
     * The key for {@code file}, writing the key block of a new encrypted file first when a password is given for a
     * file that does not exist yet.
     */
    static Optional<FileKey> keyFor(Path file, Optional<String> password) {
        if (!Files.exists(file)) {
            if (password.isEmpty()) {
                return Optional.empty();
            }
            var header = KeyHeader.fresh();
            try {
                header.writeNewFile(file);
            } catch (IOException e) {
                throw new WorkbookOpenException("cannot create the workbook " + file + ": " + e.getMessage(), e);
            }
            return Optional.of(header.derive(password.get()));
        }
        if (!KeyHeader.isEncrypted(file)) {
            if (password.isPresent()) {
                throw new WorkbookOpenException("the workbook " + file + " has no password; open it without one "
                        + "(a password can be set in the window: File > Set password…)");
            }
            return Optional.empty();
        }
        if (password.isEmpty()) {
            throw new PasswordNeededException(file);
        }
        return Optional.of(header(file).derive(password.get()));
    }

    static KeyHeader header(Path file) {
        try {
            return KeyHeader.read(file).orElseThrow(() -> new WorkbookOpenException(file + " is encrypted, but not by "
                    + "Practice Workbook: its key cannot be made from a password"));
        } catch (IOException e) {
            throw new WorkbookOpenException("cannot read the workbook " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * A connection to the file with its key. H2 reads the password as "file password, space, user password"; the
     * workbook's user has none. No workbook keeps H2's trace file, which would hold failed statements, names and
     * notes among them, in plain text beside it; failures go to the program's own log without them. Read-only, H2
     * neither locks nor writes the file, so a workbook on a CD or a locked share can still be read.
     */
    static Connection connect(Path file, Optional<FileKey> key, Disk disk, boolean readOnly) throws SQLException {
        String url = "jdbc:h2:" + disk.h2Scheme() + WorkbookLocation.h2Base(file) + ";WRITE_DELAY=0;TRACE_LEVEL_FILE=0"
                + (readOnly ? ";ACCESS_MODE_DATA=r" : "") + (key.isPresent() ? ";CIPHER=AES" : "");
        try {
            return DriverManager.getConnection(url, "workbook", key.map(k -> k.hex() + " ").orElse(""));
        } catch (SQLException e) {
            if (key.isPresent() && e.getErrorCode() == ErrorCode.FILE_ENCRYPTION_ERROR_1) {
                throw new WrongPasswordSqlException(e);
            }
            throw e;
        }
    }

    /** A connection to a file on the local disk that may be written. */
    static Connection connect(Path file, Optional<FileKey> key) throws SQLException {
        return connect(file, key, Disk.LOCAL, false);
    }

    /** Carries a wrong password through the SQLException-throwing connection code, to become the plain message. */
    static final class WrongPasswordSqlException extends SQLException {
        WrongPasswordSqlException(SQLException cause) {
            super("wrong password", cause.getSQLState(), ErrorCode.FILE_ENCRYPTION_ERROR_1, cause);
        }
    }
}
