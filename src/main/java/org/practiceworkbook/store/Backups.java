package org.practiceworkbook.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The backups of every workbook, in the data folder: {@code backups/NAME (CODE)/2026-11-23 21-40 on opening.zip}.
 * The code comes from where the workbook is, so two workbooks with the same name in different folders (two practices'
 * USB sticks) never mix their backups, and restoring one never brings back the other's.
 */
public final class Backups {

    private static final Logger LOG = LoggerFactory.getLogger(Backups.class);

    private final Path root;
    private final Clock clock;

    /** @param root the folder holding one folder of backups per workbook */
    public Backups(Path root, Clock clock) {
        this.root = root.toAbsolutePath().normalize();
        this.clock = clock;
    }

    /** The backups folder in the person's data folder, on the computer's clock. */
    public static Backups standard() {
        return new Backups(WorkbookLocation.defaultDataFolder().resolve("backups"), Clock.systemDefaultZone());
    }

    /** Where the backups of the workbook {@code file} go. */
    public Path folderFor(Path file) {
        Path workbook = WorkbookLocation.file(file);
        String name = workbook.getFileName().toString();
        String stem = name.substring(0, name.length() - WorkbookLocation.H2_SUFFIX.length());
        return root.resolve(stem + " (" + placeCode(workbook) + ")");
    }

    /** The workbook's backups, newest first; an empty list when it has none. */
    public List<BackupFile> list(Path file) {
        Path folder = folderFor(file);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            // Names say the minute; within one, the file's own time says which came last.
            return files.map(BackupFile::of).flatMap(Optional::stream)
                    .sorted(Comparator.comparing(BackupFile::madeAt).thenComparing(Backups::modified)
                            .thenComparing(BackupFile::sequence).reversed())
                    .toList();
        } catch (IOException e) {
            throw new StoreException("cannot read the backups folder " + folder + ": " + e.getMessage(), e);
        }
    }

    /**
     * Deletes the workbook's backups that have no password: once the workbook has one, they would let anyone read
     * what the password now keeps private.
     *
     * @return how many were deleted
     */
    public int deleteUnencrypted(Path file) {
        int deleted = 0;
        for (BackupFile backup : list(file)) {
            if (backup.path().getFileName().toString().endsWith(BackupFile.ZIPPED)) {
                try {
                    Files.deleteIfExists(backup.path());
                    deleted++;
                } catch (IOException e) {
                    throw new StoreException("the backup " + backup.path() + " has no password and could not be "
                            + "deleted (" + e.getMessage() + "); delete it yourself", e);
                }
            }
        }
        return deleted;
    }

    /** Whether a backup on opening was made today already: one a day is enough. */
    boolean openedToday(Path file) {
        LocalDate today = LocalDate.now(clock);
        return list(file).stream()
                .anyMatch(b -> b.reason() == BackupReason.ON_OPENING && b.madeAt().toLocalDate().equals(today));
    }

    /**
     * Writes a backup of the open workbook, then lets go of the oldest of its reason beyond those kept.
     *
     * @throws StoreException naming the folder when no backup could be written; nothing is then left behind
     */
    BackupFile make(Connection connection, Path file, BackupReason reason, Optional<String> fileKey) {
        Path folder = folderFor(file);
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
        try {
            Files.createDirectories(folder);
            int sequence = 1;
            while (Files.exists(folder.resolve(BackupFile.fileName(now, reason, sequence, false)))
                    || Files.exists(folder.resolve(BackupFile.fileName(now, reason, sequence, true)))) {
                sequence++;
            }
            Path target = folder.resolve(BackupFile.fileName(now, reason, sequence, fileKey.isPresent()));
            writeWhole(connection, target, fileKey);
            prune(file, reason);
            LOG.info("Backed up a workbook {} to {}", reason.fileWords(), target);
            return new BackupFile(target, now, reason, sequence);
        } catch (IOException | SQLException e) {
            throw new StoreException("no backup of the workbook " + file + " could be written to " + folder + " ("
                    + e.getMessage().lines().findFirst().orElse("") + ")", e);
        }
    }

    /**
     * Writes a backup to {@code target} whole or not at all: into a file beside it, moved into place when complete,
     * so a backup cut short never looks like a good one.
     */
    static void writeWhole(Connection connection, Path target, Optional<String> fileKey)
            throws IOException, SQLException {
        Path part = target.resolveSibling("." + target.getFileName() + ".part");
        try {
            Files.deleteIfExists(part);
            BackupScript.write(connection, part, fileKey);
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(part);
        }
    }

    private void prune(Path file, BackupReason reason) throws IOException {
        List<BackupFile> ofReason = list(file).stream().filter(b -> b.reason() == reason).toList();
        for (BackupFile old : ofReason.subList(Math.min(reason.kept(), ofReason.size()), ofReason.size())) {
            Files.deleteIfExists(old.path());
        }
    }

    private static java.nio.file.attribute.FileTime modified(BackupFile backup) {
        try {
            return Files.getLastModifiedTime(backup.path());
        } catch (IOException e) {
            return java.nio.file.attribute.FileTime.fromMillis(0);
        }
    }

    private static String placeCode(Path workbook) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(workbook.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
