package org.practiceworkbook.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.api.ErrorCode;
import org.practiceworkbook.pack.BundledPacks;
import org.practiceworkbook.pack.PackReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One open workbook: one H2 file, brought up to the current schema on opening, holding one connection until closed.
 * Every write is committed as it is made, and H2's write delay is off, so a saved answer survives the process being
 * killed a moment later.
 */
public final class Workbook implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Workbook.class);

    private final Path file;
    private final Connection connection;
    private final PracticeStore practices;
    private final RoundStore rounds;
    private final PackStore packs;
    private final RespondentStore respondents;
    private final AnswerStore answers;

    private Workbook(Path file, Connection connection, PackReader reader) {
        this.file = file;
        this.connection = connection;
        Jdbc jdbc = new Jdbc(connection);
        this.practices = new PracticeStore(jdbc);
        this.rounds = new RoundStore(jdbc);
        this.packs = new PackStore(jdbc, reader);
        this.respondents = new RespondentStore(jdbc);
        this.answers = new AnswerStore(jdbc);
    }

    /** Opens the workbook at {@code path} (with or without {@code .mv.db}), creating it when missing. */
    public static Workbook open(Path path, PackReader reader) {
        Path file = WorkbookLocation.file(path);
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new WorkbookOpenException("cannot create the folder " + file.getParent() + ": " + e.getMessage(), e);
        }
        Connection connection = connect(file);
        try {
            migrate(file, connection);
            var workbook = new Workbook(file, connection, reader);
            workbook.packs.storeBundled(BundledPacks.load(reader));
            return workbook;
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    private static Connection connect(Path file) {
        String url = "jdbc:h2:file:" + WorkbookLocation.h2Base(file) + ";WRITE_DELAY=0";
        try {
            return DriverManager.getConnection(url, "workbook", "");
        } catch (SQLException e) {
            throw new WorkbookOpenException(openFailure(file, e), e);
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

    private static void migrate(Path file, Connection connection) {
        // Flyway borrows our connection through this data source and must not close it.
        var dataSource = new SingleConnectionDataSource(connection);
        Flyway flyway = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .loggers("slf4j")
                .load();
        MigrationInfo[] newer = Arrays.stream(flyway.info().all())
                .filter(m -> m.getState() == MigrationState.FUTURE_SUCCESS)
                .toArray(MigrationInfo[]::new);
        if (newer.length > 0) {
            throw new WorkbookOpenException("the workbook " + file + " was made by a newer version of Practice Workbook "
                    + "(schema " + newer[newer.length - 1].getVersion() + "); install the newer version to open it");
        }
        MigrateResult result = flyway.migrate();
        if (result.migrationsExecuted > 0) {
            LOG.info("Workbook schema brought to version {} ({} migrations)", result.targetSchemaVersion,
                    result.migrationsExecuted);
        }
    }

    public Path file() {
        return file;
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
