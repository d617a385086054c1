package org.practiceworkbook.logging;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.ErrorManager;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;

/**
 * The log kept for whoever gives support: warnings and errors, in a few files of limited size in the data folder's
 * {@code logs} folder, the oldest dropped as the newest fills. Made only when there is something to say, so a run
 * without trouble leaves no file; each run that writes begins with a line naming the version, Java and the system.
 * Log messages say what the program was doing, never a practice's or a person's name, a note or an answer.
 */
public final class SupportLog extends Handler {

    /** Each file's size limit, in bytes; with {@link #GENERATIONS} files, the log never passes 3 MB. */
    public static final int LIMIT = 1_000_000;
    public static final int GENERATIONS = 3;
    /** The newest file; older ones end -1.log, -2.log. */
    public static final String NEWEST = "practice-workbook-0.log";

    private final Path folder;
    private final Supplier<String> startLine;
    private final int limit;
    private FileHandler file;   // opened at the first record worth keeping

    /**
     * @param startLine the run's first line in the log (the version, Java and the system), made only when the log
     *                  file is: reading the version from the jar cost every start a few milliseconds
     */
    public SupportLog(Path folder, Supplier<String> startLine) {
        this(folder, startLine, LIMIT);
    }

    SupportLog(Path folder, Supplier<String> startLine, int limit) {
        this.folder = folder;
        this.startLine = startLine;
        this.limit = limit;
        setLevel(Level.WARNING);
    }

    /** Where the log files of the data folder {@code dataFolder} are. */
    public static Path folder(Path dataFolder) {
        return dataFolder.resolve("logs");
    }

    /** The last {@code count} lines of the newest log file in {@code folder}, or none when there is no log yet. */
    public static List<String> lastLines(Path folder, int count) {
        Path newest = folder.resolve(NEWEST);
        try {
            if (!Files.isRegularFile(newest)) {
                return List.of();
            }
            List<String> lines = Files.readAllLines(newest, StandardCharsets.UTF_8);
            return List.copyOf(lines.subList(Math.max(0, lines.size() - count), lines.size()));
        } catch (IOException e) {
            return List.of("(the log " + newest + " could not be read: " + e.getMessage() + ")");
        }
    }

    @Override
    public synchronized void publish(LogRecord record) {
        if (!isLoggable(record)) {
            return;
        }
        if (file == null && !open()) {
            return;
        }
        file.publish(record);
        file.flush();
    }

    private boolean open() {
        try {
            Files.createDirectories(folder);
            var opened = new FileHandler(folder.resolve("practice-workbook-%g.log").toString(), limit, GENERATIONS,
                    true);
            opened.setEncoding(StandardCharsets.UTF_8.name());
            opened.setFormatter(new SimpleFormatter());
            opened.setLevel(Level.ALL);
            var start = new LogRecord(Level.INFO, startLine.get());
            start.setLoggerName("practice-workbook");
            start.setSourceClassName("practice-workbook");
            opened.publish(start);
            file = opened;
            return true;
        } catch (IOException | RuntimeException e) {
            // A log that cannot be written must not stop the program; say so once, on standard error.
            reportError("the support log cannot be written in " + folder, e, ErrorManager.OPEN_FAILURE);
            setLevel(Level.OFF);
            return false;
        }
    }

    @Override
    public synchronized void flush() {
        if (file != null) {
            file.flush();
        }
    }

    @Override
    public synchronized void close() {
        if (file != null) {
            file.close();
            file = null;
        }
    }
}
