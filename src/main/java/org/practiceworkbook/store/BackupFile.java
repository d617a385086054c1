package org.practiceworkbook.store;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One backup in a workbook's backups folder, known from its file name: when it was made and why.
 *
 * @param sequence 1 for the first made in its minute, 2 for a second one (named "... (2).zip"), and so on
 */
public record BackupFile(Path path, LocalDateTime madeAt, BackupReason reason, int sequence) {

    private static final DateTimeFormatter NAME_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH-mm", Locale.ROOT);
    private static final DateTimeFormatter SAID_TIME =
            DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.UK);
    private static final Pattern NAME = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2} \\d{2}-\\d{2}) ([a-z ]+?)(?: \\((\\d+)\\))?\\.(?:zip|encrypted)");

    /** The ending of a plain backup: a zip holding an SQL script. */
    public static final String ZIPPED = ".zip";
    /** The ending of an encrypted workbook's backup, which is no zip a person could open. */
    public static final String ENCRYPTED = ".encrypted";

    /** "2026-11-23 21-40 on opening.zip", or "... on opening (2).zip" for a second in the same minute. */
    static String fileName(LocalDateTime madeAt, BackupReason reason, int sequence, boolean encrypted) {
        return NAME_TIME.format(madeAt) + " " + reason.fileWords() + (sequence > 1 ? " (" + sequence + ")" : "")
                + (encrypted ? ENCRYPTED : ZIPPED);
    }

    /** The backup a file is, when its name is one this program gives; other files in the folder are not backups. */
    static Optional<BackupFile> of(Path path) {
        var matcher = NAME.matcher(path.getFileName().toString());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            LocalDateTime at = LocalDateTime.parse(matcher.group(1), NAME_TIME);
            int sequence = matcher.group(3) == null ? 1 : Integer.parseInt(matcher.group(3));
            return BackupReason.fromFileWords(matcher.group(2)).map(r -> new BackupFile(path, at, r, sequence));
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** "Tuesday 23 November 2026, 21:40 — on opening", as the restore dialog lists it. */
    public String describe() {
        return SAID_TIME.format(madeAt) + " — " + reason.description();
    }
}
