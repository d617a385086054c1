package org.practiceworkbook.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import org.junit.jupiter.api.Test;

/** Whoever starts the program from a terminal sees its warnings there, and not its routine chatter. */
class StandardErrorLogTest {

    @Test
    void warnings_and_errors_are_written_to_standard_error_and_routine_messages_are_not() {
        var written = new ByteArrayOutputStream();
        PrintStream before = System.err;
        System.setErr(new PrintStream(written, true, StandardCharsets.UTF_8));
        var log = new StandardErrorLog();
        try {
            log.publish(record(Level.INFO, "Workbook schema brought to version 9"));
            log.publish(record(Level.WARNING, "Settings could not be saved"));
            log.publish(record(Level.SEVERE, "A failure nothing caught"));
            log.flush();
        } finally {
            log.close();
            System.setErr(before);
        }

        String text = written.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("WARNING", "Settings could not be saved", "SEVERE", "A failure nothing caught");
        assertThat(text).doesNotContain("schema brought");
    }

    private static LogRecord record(Level level, String message) {
        var record = new LogRecord(level, message);
        record.setLoggerName("org.practiceworkbook.store.Workbook");
        return record;
    }
}
