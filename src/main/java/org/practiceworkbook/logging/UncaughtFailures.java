package org.practiceworkbook.logging;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A failure nothing caught (a defect: on the window's thread, or any other) goes to the support log, where support
 * can find it, and to standard error as before. The log gets its kind and stack without its message.
 */
public final class UncaughtFailures {

    private static final Logger LOG = Logger.getLogger(UncaughtFailures.class.getName());

    private UncaughtFailures() {
    }

    public static void install() {
        Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            LOG.log(Level.SEVERE, "A failure nothing caught, on the thread \"" + thread.getName() + "\"",
                    WithoutMessages.of(e));
            if (before != null) {
                before.uncaughtException(thread, e);
            } else {
                e.printStackTrace();
            }
        });
    }
}
