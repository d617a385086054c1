package org.practiceworkbook.store;

/** The password given for an encrypted workbook is not its password. The message is the whole story. */
public final class WrongPasswordException extends WorkbookOpenException {

    public WrongPasswordException() {
        super("wrong password");
    }
}
