package org.practiceworkbook.store;

/** An encrypted workbook was opened without its password. */
public final class PasswordNeededException extends WorkbookOpenException {

    public PasswordNeededException(java.nio.file.Path file) {
        super("the workbook " + file + " is protected by a password");
    }
}
