package org.practiceworkbook.assessment;

/** Input a person gave that cannot be accepted; the message names the field and what is wrong, in plain words. */
public class InvalidInputException extends IllegalArgumentException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The name of the field at fault, as the person saw it ("ODS code", "list size"). */
    public String field() {
        return field;
    }
}
