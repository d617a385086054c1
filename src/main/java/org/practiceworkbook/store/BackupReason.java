package org.practiceworkbook.store;

import java.util.Optional;

/**
 * Why a backup was made. The words go into the backup's file name ("2026-11-23 21-40 on opening.zip"), so a person
 * looking in the folder reads the reason without the program.
 */
public enum BackupReason {
    ON_OPENING("on opening", "on opening", 10),
    BEFORE_UPDATE("before updating", "before updating to a newer version of the program", Integer.MAX_VALUE),
    BEFORE_IMPORT("before an import", "before an import", 10),
    BEFORE_RESTORE("before a restore", "before a restore", 10);

    private final String fileWords;
    private final String description;
    private final int kept;

    BackupReason(String fileWords, String description, int kept) {
        this.fileWords = fileWords;
        this.description = description;
        this.kept = kept;
    }

    /** As the file name has it: "on opening". */
    public String fileWords() {
        return fileWords;
    }

    /** As the restore dialog says it: "before updating to a newer version of the program". */
    public String description() {
        return description;
    }

    /**
     * How many backups of this reason are kept, the newest. Those made before an update are all kept: each is the
     * only way back to the version of the program that made the workbook.
     */
    public int kept() {
        return kept;
    }

    static Optional<BackupReason> fromFileWords(String words) {
        for (BackupReason reason : values()) {
            if (reason.fileWords.equals(words)) {
                return Optional.of(reason);
            }
        }
        return Optional.empty();
    }
}
