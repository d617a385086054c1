package org.practiceworkbook.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.api.ErrorCode;
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
    private final Optional<FileKey> key;

    private Workbook(Path file, Connection connection, PackReader reader, Optional<FileKey> key) {
        this.file = file;
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

    /** Opens the workbook at {@code path} (with or without {@code .mv.db}), creating it when missing. */
    public static Workbook open(Path path, PackReader reader) {
        return open(path, reader, Optional.empty());
    }

    /**
     * Opens the workbook at {@code path} with its password: an encrypted workbook needs it
     * ({@link PasswordNeededException}, {@link WrongPasswordException}); a missing one is created encrypted with it.
     */
    public static Workbook open(Path path, PackReader reader, Optional<String> password) {
        Path file = WorkbookLocation.file(path);
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new WorkbookOpenException("cannot create the folder " + file.getParent() + ": " + e.getMessage(), e);
        }
        boolean created = !Files.exists(file);
        Optional<FileKey> key = EncryptedOpening.keyFor(file, password);
        Connection connection = connect(file, key, created);
        try {
            migrate(file, connection);
            var workbook = new Workbook(file, connection, reader, key);
            workbook.packs.storeBundled(BundledPacks.files());
            return workbook;
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    private static Connection connect(Path file, Optional<FileKey> key, boolean created) {
        try {
            return EncryptedOpening.connect(file, key);
        } catch (SQLException e) {
            if (created) {
                // A new encrypted file's key block, written before H2 was asked, must not be left as a stray file.
                deleteQuietly(file);
            }
            if (e instanceof EncryptedOpening.WrongPasswordSqlException) {
                throw new WrongPasswordException();
            }
            throw new WorkbookOpenException(openFailure(file, e), e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Could not remove {} after it failed to open", file, e);
        }
    }

    private static String openFailure(Path file, SQLException e) {
        return switch (e.getErrorCode()) {
            case ErrorCode.DATABASE_ALREADY_OPEN_1 -> "the workbook " + file
                    + " is open in another copy of Practice Workbook; close that copy first";
            case ErrorCode.FILE_CORRUPTED_1, ErrorCode.FILE_VERSION_ERROR_1, ErrorCode.IO_EXCEPTION_1,
                 ErrorCode.IO_EXCEPTION_2 -> file + " is not a Practice Workbook workbook, or it is damaged";
            case ErrorCode.WRONG_USER_OR_PASSWORD -> "the workbook " + file + " is protected by a password";
            default -> "cannot open the workbook " + file + ": " + e.getMessage().lines().findFirst().orElse("");
        };
    }

    /**
     * Brings the schema up to {@link #SCHEMA_VERSION}. Flyway is only started when there is something to migrate:
     * starting it costs a few hundred milliseconds that a workbook already up to date should not pay on every open.
     */
    private static void migrate(Path file, Connection connection) {
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
            backUpBeforeMigrating(file, connection, current);
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
     * back: {@code NAME.before-schema-N.zip} beside it, holding the file as it was. H2's BACKUP makes a consistent
     * copy of the open file.
     */
    private static void backUpBeforeMigrating(Path file, Connection connection, int current) {
        String name = file.getFileName().toString();
        Path backup = file.resolveSibling(name.substring(0, name.length() - WorkbookLocation.H2_SUFFIX.length())
                + ".before-schema-" + (current + 1) + ".zip");
        try (var statement = connection.prepareStatement("backup to ?")) {
            statement.setString(1, backup.toString());
            statement.execute();
            LOG.info("Backed up {} to {} before bringing it to schema {}", file, backup, SCHEMA_VERSION);
        } catch (SQLException e) {
            throw new WorkbookOpenException("the workbook " + file + " was made by an older version and needs "
                    + "updating, but no backup of it could be written to " + backup + " (" + e.getMessage()
                    + "); nothing was changed", e);
        }
    }

    /** The highest schema version, as read from Flyway's history table; 0 for a new file. */
    private static int schemaVersion(Connection connection) {
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
