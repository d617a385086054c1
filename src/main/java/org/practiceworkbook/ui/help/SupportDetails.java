package org.practiceworkbook.ui.help;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.practiceworkbook.BuildInfo;
import org.practiceworkbook.logging.SupportLog;

/**
 * What Help > About shows, and what its copy button puts on the clipboard for whoever gives support: the version,
 * what it runs on, and where the workbook and the data folder are.
 */
public record SupportDetails(String version, String java, String javafx, String system, Path workbook,
                             Path dataFolder) {

    /** The details of this program as it runs now, on the given workbook. */
    public static SupportDetails of(Path workbook, Path dataFolder) {
        return new SupportDetails(BuildInfo.version(),
                Runtime.version().toString() + " (" + System.getProperty("java.vendor", "unknown vendor") + ")",
                System.getProperty("javafx.runtime.version", "unknown"),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " ("
                        + System.getProperty("os.arch") + ")",
                workbook, dataFolder);
    }

    /** How many of the log's newest lines Copy details adds: enough to show the last trouble. */
    static final int LOG_LINES = 20;

    /** Where the support log is kept: warnings and errors, for whoever gives support. */
    public Path logFolder() {
        return SupportLog.folder(dataFolder);
    }

    /** The details as lines to paste into an e-mail, with the log's last lines when there is a log. */
    public String text() {
        var lastLines = SupportLog.lastLines(logFolder(), LOG_LINES);
        return "Practice Workbook " + version + "\n"
                + "Workbook file: " + workbook + "\n"
                + "Data folder: " + dataFolder + "\n"
                + "Log folder: " + logFolder() + "\n"
                + "Java: " + java + "\n"
                + "JavaFX: " + javafx + "\n"
                + "System: " + system + "\n"
                + (lastLines.isEmpty() ? "Log: nothing logged yet\n"
                        : "Last lines of the log (" + SupportLog.NEWEST + "):\n" + String.join("\n", lastLines) + "\n");
    }

    /** The licences of the program's parts, as the About window shows them. */
    public static String licences() {
        try (InputStream in = SupportDetails.class.getResourceAsStream("/org/practiceworkbook/ui/help/licences.txt")) {
            if (in == null) {
                throw new IllegalStateException("The program's licences.txt is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
