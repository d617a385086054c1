package org.practiceworkbook.logging;

/**
 * A failure as support needs it (what failed, and where) without its messages: they are written for the person at
 * the screen and may quote a respondent's name, a note or an answer, which a log must never hold.
 */
public final class WithoutMessages {

    private WithoutMessages() {
    }

    /** The failure's kinds and stacks, its causes' too, with every message left out. */
    public static Throwable of(Throwable e) {
        var copy = new Redacted(e.getClass().getName());
        copy.setStackTrace(e.getStackTrace());
        if (e.getCause() != null && e.getCause() != e) {
            copy.initCause(of(e.getCause()));
        }
        return copy;
    }

    /** A failure's kind and stack, printed as the kind alone ("...InvalidInputException"). */
    private static final class Redacted extends Throwable {
        Redacted(String kind) {
            super(kind);
        }

        @Override
        public String toString() {
            return getMessage();
        }
    }
}
