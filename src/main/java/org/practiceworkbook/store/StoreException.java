package org.practiceworkbook.store;

/** The workbook file could not be read or written; the message says what was being done. */
public class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
