package org.practiceworkbook.store;

/** A workbook that cannot be opened: in use elsewhere, made by a newer version, or not a workbook at all. */
public class WorkbookOpenException extends StoreException {

    public WorkbookOpenException(String message, Throwable cause) {
        super(message, cause);
    }

    public WorkbookOpenException(String message) {
        super(message);
    }
}
