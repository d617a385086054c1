package org.practiceworkbook.store;

import java.nio.file.Path;

/**
 * The workbook is held open by another copy of the program (or another person's, on a shared folder). H2 locks the
 * file for the process that opened it; a second process is refused before it reads or writes anything.
 */
public final class WorkbookInUseException extends WorkbookOpenException {

    private final Path file;

    public WorkbookInUseException(Path file, Throwable cause) {
        super("the workbook " + file + " is open in another copy of Practice Workbook (perhaps in another window, or "
                + "on another computer sharing the folder); close that copy first, then open it again here", cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
