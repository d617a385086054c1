package org.practiceworkbook.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

import org.h2.api.ErrorCode;
import org.practiceworkbook.store.crypto.FileKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the H2 connection to a workbook's file, and turns H2's refusals into the words a person reads: a wrong
 * password, another copy of the program holding it, a disk that will not answer, a file that is not a workbook.
 */
final class WorkbookConnection {

    private static final Logger LOG = LoggerFactory.getLogger(WorkbookConnection.class);

    private WorkbookConnection() {
    }

    /**
     * @param created  whether the file is being made now (a failed start leaves no stray key block behind)
     * @param readOnly whether to open it without writing a byte
     */
    static Connection open(Path file, Optional<FileKey> key, boolean created, Disk disk, boolean readOnly) {
        try {
            return EncryptedOpening.connect(file, key, disk, readOnly);
        } catch (SQLException e) {
            if (created) {
                // A new encrypted file's key block, written before H2 was asked, must not be left as a stray file.
                deleteQuietly(file);
            }
            if (e instanceof EncryptedOpening.WrongPasswordSqlException) {
                throw new WrongPasswordException();
            }
            if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
                throw new WorkbookInUseException(file, e);
            }
            throw new WorkbookOpenException(openFailure(file, e), e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Could not remove {} after it failed to open", file, e);
        }
    }

    private static String openFailure(Path file, SQLException e) {
        if (e.getErrorCode() != ErrorCode.DATABASE_ALREADY_OPEN_1 && DiskTrouble.isDiskFailure(e)) {
            return "the workbook " + file + " could not be opened: the disk would not let it be read or written (it "
                    + "may be full, or the USB stick or network drive may have been removed); nothing was changed";
        }
        return switch (e.getErrorCode()) {
            case ErrorCode.FILE_CORRUPTED_1, ErrorCode.FILE_VERSION_ERROR_1, ErrorCode.IO_EXCEPTION_1,
                 ErrorCode.IO_EXCEPTION_2 -> file + " is not a Practice Workbook workbook, or it is damaged";
            case ErrorCode.WRONG_USER_OR_PASSWORD -> "the workbook " + file + " is protected by a password";
            default -> "cannot open the workbook " + file + ": " + e.getMessage().lines().findFirst().orElse("");
        };
    }
}
