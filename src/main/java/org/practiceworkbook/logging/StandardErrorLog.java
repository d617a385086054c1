package org.practiceworkbook.logging;

import java.util.logging.ConsoleHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;

/**
 * Warnings and errors on standard error, written by the JDK's own {@link ConsoleHandler}, which is made at the first
 * record. Making one at start-up was not free: it checks its line format by formatting a date, which loads time-zone
 * and locale data and cost every start about 20 ms before the window could begin to open, while most runs log nothing.
 * Named in logging.properties as the root logger's handler.
 */
public final class StandardErrorLog extends Handler {

    private ConsoleHandler console;   // made at the first record worth writing

    public StandardErrorLog() {
        setLevel(Level.WARNING);
    }

    @Override
    public synchronized void publish(LogRecord record) {
        if (!isLoggable(record)) {
            return;
        }
        if (console == null) {
            console = new ConsoleHandler();
            console.setLevel(Level.ALL);   // this handler's own level has already chosen what is written
        }
        console.publish(record);
    }

    @Override
    public synchronized void flush() {
        if (console != null) {
            console.flush();
        }
    }

    @Override
    public synchronized void close() {
        if (console != null) {
            console.close();
            console = null;
        }
    }
}
