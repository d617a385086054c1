package org.practiceworkbook.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.practiceworkbook.pack.BundledPacks;
import org.practiceworkbook.pack.PackReader;
import org.practiceworkbook.store.crypto.FileKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One open workbook: one H2 file, brought up to the current schema on opening, holding one connection until closed.
 * Every write is committed as it is made, and H2's write delay is off, so a saved answer survives the process being
 * killed a moment later.
 */
public final class Workbook implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Workbook.class);

    /** The schema version this program writes: the number of the newest V<n>__ migration. */
    public static final int SCHEMA_VERSION = 3;

    private final Path file;
    private final Connection connection;
    private final PracticeStore practices;
    private final RoundStore rounds;
    private final PackStore packs;
    private final RespondentStore respondents;
    private final AnswerStore answers;
    private final ConsensusStore consensus;
    private final ActionStore actions;
    private final WorkshopStore workshops;
    private final Jdbc jdbc;
    private final boolean readOnly;
    private final java.util.concurrent.atomic.AtomicLong syncs = new java.util.concurrent.atomic.AtomicLong();
    private final Backups backups;
    private final Optional<FileKey> key;

    private Workbook(Path file, Connection connection, PackReader reader, boolean readOnly, Backups backups,
                     Optional<FileKey> key) {
        this.file = file;
        this.readOnly = readOnly;
        this.backups = backups;
        this.key = key;
        this.connection = connection;
        Jdbc jdbc = new Jdbc(connection);
        this.practices = new PracticeStore(jdbc);
        this.rounds = new RoundStore(jdbc);
        this.packs = new PackStore(jdbc, reader);
        this.respondents = new RespondentStore(jdbc);
        this.answers = new AnswerStore(jdbc);
        this.consensus = new ConsensusStore(jdbc);
        this.actions = new ActionStore(jdbc);
        this.workshops = new WorkshopStore(jdbc);
        this.jdbc = jdbc;
    }

    /**
     * Opens the workbook at {@code path} (with or without {@code .mv.db}), creating it when missing; its backups go
     * to the data folder.
     */
    public static Workbook open(Path path, PackReader reader) {
        return open(path, reader, Disk.LOCAL, Backups.standard(), Optional.empty());
    }

    /** Opens the workbook through {@code disk}; see {@link #open(Path, PackReader, Disk, Backups, Optional)}. */
    public static Workbook open(Path path, PackReader reader, Disk disk) {
        return open(path, reader, disk, Backups.standard(), Optional.empty());
    }

    /** Opens the workbook, its backups (the one before a schema update among them) going to {@code backups}. */
    public static Workbook open(Path path, PackReader reader, Backups backups) {
        return open(path, reader, Disk.LOCAL, backups, Optional.empty());
    }

    /**
     * Opens the workbook at {@code path} with its password: an encrypted workbook needs it
     * ({@link PasswordNeededException}, {@link WrongPasswordException}); a missing one is created encrypted with it.
     */
    public static Workbook open(Path path, PackReader reader, Optional<String> password) {
        return open(path, reader, Disk.LOCAL, Backups.standard(), password);
    }

    /**
     * Opens the workbook through {@code disk}, its backups going to {@code backups}, with its password if it has one.
     * One whose file or folder cannot be written opens read-only: it can be read, printed and exported, and every
     * change is refused with {@link DiskTrouble#READ_ONLY}.
     */
    public static Workbook open(Path path, PackReader reader, Disk disk, Backups backups,
                                Optional<String> password) {
        Path file = WorkbookLocation.file(path);
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new WorkbookOpenException("cannot create the folder " + file.getParent() + ": " + e.getMessage(), e);
        }
        boolean readOnly = !disk.writable().canWrite(file);
        if (readOnly && !Files.exists(file)) {
            throw new WorkbookOpenException("cannot make a workbook in " + file.getParent()
                    + ": the folder cannot be written to; choose a folder you can write to");
        }
        boolean created = !Files.exists(file);
        Optional<FileKey> key = EncryptedOpening.keyFor(file, password);
        Connection connection = WorkbookConnection.open(file, key, created, disk, readOnly);
        try {
            if (readOnly) {
                return openReadOnly(file, connection, reader, backups, key);
            }
            var workbook = new Workbook(file, connection, reader, false, backups, key);
            workbook.migrate();
            workbook.packs.storeBundled(BundledPacks.files());
            return workbook;
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    /** Nothing is written: not the bundled questionnaires, and not a migration, which a read-only file cannot take. */
    private static Workbook openReadOnly(Path file, Connection connection, PackReader reader, Backups backups,
                                         Optional<FileKey> key) {
        int current = schemaVersion(connection);
        if (current != SCHEMA_VERSION) {
            throw new WorkbookOpenException("the workbook " + file + " is read-only, and it was made by "
                    + (current > SCHEMA_VERSION ? "a newer" : "an older") + " version of Practice Workbook, so this "
                    + "version cannot show it without changing it; copy it to a folder you can write to");
        }
        return new Workbook(file, connection, reader, true, backups, key);
    }

    /**
     * Brings the schema up to {@link #SCHEMA_VERSION}. Flyway is only started when there is something to migrate:
     * starting it costs a few hundred milliseconds that a workbook already up to date should not pay on every open.
     */
    private void migrate() {
        int current = schemaVersion(connection);
        if (current > SCHEMA_VERSION) {
            throw new WorkbookOpenException("the workbook " + file + " was made by a newer version of Practice Workbook "
                    + "(schema " + current + "; this version knows up to " + SCHEMA_VERSION
                    + "); install the newer version to open it");
        }
        if (current == SCHEMA_VERSION) {
            return;
        }
        if (current > 0) {
            backUpBeforeMigrating();
        }
        // Flyway borrows our connection through this data source and must not close it.
        Flyway flyway = Flyway.configure()
                .dataSource(new SingleConnectionDataSource(connection))
                .locations("classpath:db/migration")
                .loggers("slf4j")
                .load();
        MigrateResult result = flyway.migrate();
        if (result.migrationsExecuted > 0) {
            LOG.info("Workbook schema brought to version {} ({} migrations)", result.targetSchemaVersion,
                    result.migrationsExecuted);
        }
    }

    /**
     * Keeps a copy of a workbook made by an older version before its schema is changed, so a person can always go
     * back; an update that cannot be backed up is not made.
     */
    private void backUpBeforeMigrating() {
        try {
            backUp(BackupReason.BEFORE_UPDATE);
        } catch (StoreException e) {
            throw new WorkbookOpenException("the workbook " + file + " was made by an older version and needs "
                    + "updating, but " + e.getMessage() + "; nothing was changed", e);
        }
    }

    /** The highest schema version, as read from Flyway's history table; 0 for a new file. */
    static int schemaVersion(Connection connection) {
        try (var statement = connection.createStatement();
             var tables = statement.executeQuery("select count(*) from information_schema.tables "
                     + "where table_schema = 'PUBLIC' and table_name = 'flyway_schema_history'")) {
            tables.next();
            if (tables.getInt(1) == 0) {
                return 0;
            }
        } catch (SQLException e) {
            throw new WorkbookOpenException("cannot read the workbook's schema version: " + e.getMessage(), e);
        }
        try (var statement = connection.createStatement();
             var versions = statement.executeQuery("select \"version\" from \"flyway_schema_history\" "
                     + "where \"success\" and \"version\" is not null")) {
            int highest = 0;
            while (versions.next()) {
                highest = Math.max(highest, Integer.parseInt(versions.getString(1)));
            }
            return highest;
        } catch (SQLException | NumberFormatException e) {
            throw new WorkbookOpenException("cannot read the workbook's schema version: " + e.getMessage(), e);
        }
    }

    public Path file() {
        return file;
    }

    /** Whether the workbook was opened read-only, its file or folder not writable: every change is refused. */
    public boolean readOnly() {
        return readOnly;
    }

    /** Where this workbook's backups are kept. */
    public Backups backups() {
        return backups;
    }

    /**
     * Writes a consistent backup of the workbook as it is now into its backups folder.
     *
     * @throws StoreException naming the folder when it cannot be written
     */
    public BackupFile backUp(BackupReason reason) {
        return backups.make(connection, file, reason, fileKey());
    }

    /**
     * The backup made on opening, at most one a day: made now unless one was made earlier today. A read-only workbook
     * with a password gets none: H2 cannot write an encrypted script from a read-only file, and a file that cannot be
     * changed has nothing new to keep.
     */
    public java.util.Optional<BackupFile> backUpOnOpening() {
        if ((readOnly && key.isPresent()) || backups.openedToday(file)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(backUp(BackupReason.ON_OPENING));
    }

    /**
     * Writes a backup to a file a person chose, whole or not at all.
     *
     * @throws StoreException naming the file when it cannot be written
     */
    public void backUpTo(Path target) {
        if (readOnly && key.isPresent()) {
            throw new StoreException("a read-only workbook with a password cannot be backed up here; copy its file "
                    + file + " instead, which is encrypted");
        }
        try {
            Backups.writeWhole(connection, target.toAbsolutePath(), fileKey());
        } catch (IOException | SQLException e) {
            throw new StoreException("no backup could be written to " + target.toAbsolutePath() + " ("
                    + e.getMessage().lines().findFirst().orElse("") + ")", e);
        }
    }

    /** The hex key the workbook's H2 file is encrypted with; empty when it has no password. */
    public Optional<String> fileKey() {
        return key.map(FileKey::hex);
    }

    /** Whether {@code password} is this encrypted workbook's password; takes as long as opening it does. */
    public boolean hasPassword(String password) {
        return key.isPresent() && EncryptedOpening.header(file).derive(password).sameAs(key.get());
    }

    public PracticeStore practices() {
        return practices;
    }

    public RoundStore rounds() {
        return rounds;
    }

    public PackStore packs() {
        return packs;
    }

    public RespondentStore respondents() {
        return respondents;
    }

    public AnswerStore answers() {
        return answers;
    }

    /** The group's agreed levels, discussion notes and target levels. */
    public ConsensusStore consensus() {
        return consensus;
    }

    /** How each round's workshop shows scores, and its partners-only sections. */
    public WorkshopStore workshops() {
        return workshops;
    }

    /** The action plans. */
    public ActionStore actions() {
        return actions;
    }

    /**
     * The version of a questionnaire a round uses: the one it has recorded, or else the newest held, recorded for the
     * round now, so every answer and agreed level in it means the same thing.
     */
    public org.practiceworkbook.questionnaire.PackRef questionnaireFor(long roundId, String packId) {
        return rounds.questionnaires(roundId).stream().filter(ref -> ref.id().equals(packId)).findFirst()
                .orElseGet(() -> {
                    var newest = packs.latest(packId).orElseThrow(() -> new org.practiceworkbook.assessment
                            .InvalidInputException("questionnaire", "the workbook holds no questionnaire \""
                            + packId + "\""));
                    rounds.useQuestionnaire(roundId, newest);
                    return newest;
                });
    }

    /**
     * Runs several store calls as one commit: all of their changes are kept, or, when {@code work} throws, none.
     * For imports, which must change nothing when any part of them is refused.
     */
    public <T> T inTransaction(java.util.function.Supplier<T> work) {
        return jdbc.inTransaction(work::get);
    }

    /**
     * Forces everything committed so far onto the disk itself. A commit reaches the operating system at once (so it
     * survives the program being killed), but only a sync makes it survive a power cut: called at natural resting
     * points (a note left, a section finished, a questionnaire closed, an import's end), not after every answer.
     */
    public void sync() {
        try (var statement = connection.createStatement()) {
            statement.execute("CHECKPOINT SYNC");
            syncs.incrementAndGet();
        } catch (SQLException e) {
            throw new StoreException("could not write the workbook to the disk: " + e.getMessage(), e);
        }
    }

    /** How many times {@link #sync()} has run since the workbook was opened; for tests of where it is called. */
    public long syncCount() {
        return syncs.get();
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("could not close the workbook cleanly: " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.warn("Could not close a workbook that failed to open", e);
        }
    }
}
