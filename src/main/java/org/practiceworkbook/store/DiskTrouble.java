package org.practiceworkbook.store;

import java.io.IOException;
import java.sql.SQLException;
import java.util.Optional;

import org.h2.api.ErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The words for a disk that will not let the workbook change: a read-only file or folder, or a write that failed
 * (a full disk, a USB stick pulled out). Said the same way in the window and on the command line, never as H2's
 * own message.
 */
public final class DiskTrouble {

    /** Why a read-only workbook refuses a change; the window's banner says the same. */
    public static final String READ_ONLY = "this workbook is read-only: its file, or the folder it is in, cannot be "
            + "written to (a CD, a locked network share or a file marked read-only). You can look at it, print and "
            + "export, but not change it. To change it, copy it to a folder you can write to.";

    /** Why a change was not saved when the disk refused it. */
    public static final String WRITE_FAILED = "the disk would not take this change, so it was NOT saved (the "
            + "disk may be full, or the USB stick or network drive may have been removed). Everything saved before "
            + "it is safe in the workbook. Free some space or reconnect the drive, then open the workbook again: "
            + "until then nothing more can be saved.";

    private static final Logger LOG = LoggerFactory.getLogger(DiskTrouble.class);

    private DiskTrouble() {
    }

    /**
     * Puts a failed write in the support log, with what H2 and the disk said (file names and an error, never what
     * was being saved). A refusal of a read-only workbook is expected, and not logged.
     */
    static void log(SQLException e) {
        if (describe(e).filter(WRITE_FAILED::equals).isPresent()) {
            LOG.warn("A change to the workbook was not saved: the disk refused the write", e);
        }
    }

    /** The words for {@code e} when the disk is the trouble; empty for any other failure. */
    static Optional<String> describe(SQLException e) {
        return switch (e.getErrorCode()) {
            case ErrorCode.DATABASE_IS_READ_ONLY -> Optional.of(READ_ONLY);
            // Closed: after a failed write H2 closes the file, and every later change is refused the same way.
            case ErrorCode.IO_EXCEPTION_1, ErrorCode.IO_EXCEPTION_2, ErrorCode.DATABASE_IS_CLOSED ->
                    Optional.of(WRITE_FAILED);
            default -> causedByTheDisk(e) ? Optional.of(WRITE_FAILED) : Optional.empty();
        };
    }

    /** Whether an input/output failure of the disk lies under {@code e}, as opposed to a file that is not a workbook. */
    static boolean isDiskFailure(SQLException e) {
        return causedByTheDisk(e);
    }

    /**
     * H2 reports a failed write under several codes; an input/output failure underneath is what they share. A file
     * that ends too soon is a damaged file or not a workbook, not a disk in trouble.
     */
    private static boolean causedByTheDisk(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException && !(cause instanceof java.io.EOFException)) {
                return true;
            }
        }
        return false;
    }
}
