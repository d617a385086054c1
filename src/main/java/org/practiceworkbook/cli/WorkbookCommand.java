package org.practiceworkbook.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import org.practiceworkbook.BuildInfo;
import org.practiceworkbook.assessment.InvalidInputException;
import org.practiceworkbook.pack.PackReader;
import org.practiceworkbook.report.ReportCharts;
import org.practiceworkbook.store.Disk;
import org.practiceworkbook.store.Backups;
import org.practiceworkbook.store.Workbook;
import org.practiceworkbook.store.WorkbookLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The top of the command line: global options, and the window when no command is given. */
@Command(name = "practice-workbook",
        mixinStandardHelpOptions = true,
        versionProvider = WorkbookCommand.Version.class,
        description = {"A workbook for a general practice team to assess its management capacity, skills and",
                "governance, and plan what to do. With no command, the window opens (on FILE, if given)."},
        subcommands = {PacksCommand.class, PracticesCommand.class, RoundsCommand.class, RespondentsCommand.class,
                ResponsesCommand.Export.class, ResponsesCommand.Import.class, ExportCommand.class, ImportCommand.class,
                DemoCommand.class, ChartsCommand.class, ReportCommand.class, ExportCsvCommand.class,
                ScoreSheetsCommand.class, BackupCommand.class, RestoreCommand.class})
public final class WorkbookCommand implements Callable<Integer> {

    @Option(names = "--workbook", paramLabel = "PATH",
            description = {"The workbook file to use (created when missing). Default: the workbook the window opens "
                    + "at start, chosen in its File > Settings… (a command stops if that one is no longer there "
                    + "or the settings cannot be read), else the standard workbook, " + WorkbookLocation.DEFAULT_NAME
                    + WorkbookLocation.H2_SUFFIX + " in the data folder (Help > About shows where)."})
    Path workbook;

    @Parameters(arity = "0..1", paramLabel = "FILE", parameterConsumer = FileToOpen.class,
            description = {"A response file (.pwr) or workbook file (.pwb) to import once the window is open, as when",
                    "one is opened from the file manager."})
    Path file;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = {"A file whose first line is the workbook's password: needed for a workbook with a "
                    + "password, and a new workbook is created with it (encrypted)."})
    Path passwordFile;

    @Option(names = "--startup-probe",
            description = {"Open the window, print 'first-frame-ms: N' (milliseconds from the program's start to its "
                    + "first frame on screen) and close it again once the workbook is open. For timing start-up and "
                    + "for training the JDK's AOT cache."})
    boolean startupProbe;

    @Spec
    CommandSpec spec;

    private final PackReader reader;
    private final WindowLauncher window;
    private final ChartRenderer charts;
    private final ReportCharts reportCharts;

    private final Disk disk;
    private final Supplier<Path> dataFolder;
    private Path chosen;

    /**
     * @param disk       how workbooks are reached: tests pass one that fails, or is read-only, on command
     * @param dataFolder where the settings and the standard workbook are: tests pass a folder of their own
     */
    WorkbookCommand(PackReader reader, WindowLauncher window, ChartRenderer charts, ReportCharts reportCharts,
                    Disk disk, Supplier<Path> dataFolder) {
        this.disk = disk;
        this.dataFolder = dataFolder;
        this.charts = charts;
        this.reportCharts = reportCharts;
        this.reader = reader;
        this.window = window;
    }

    @Override
    public Integer call() {
        // The window chooses its own workbook from the settings it reads anyway: reading them here too would slow its
        // start, and it opens the standard workbook, with a note, where a command would stop.
        boolean given = workbook != null;
        Path windowWorkbook = given ? workbook : WorkbookLocation.defaultWorkbook(dataFolder.get());
        if (startupProbe) {
            return WindowStart.open(window, windowWorkbook, given, true, spec.commandLine().getOut());
        }
        if (file != null && !Files.isRegularFile(file)) {
            throw new InvalidInputException("file", "there is no file " + file.toAbsolutePath());
        }
        return window.open(new WindowRequest(windowWorkbook, given,
                java.util.Optional.ofNullable(file).map(p -> p.toAbsolutePath().normalize())));
    }

    ChartRenderer charts() {
        return charts;
    }

    ReportCharts reportCharts() {
        return reportCharts;
    }

    PackReader reader() {
        return reader;
    }

    /** The workbook commands work on: the one given with --workbook, else the one the window opens at start. */
    Path workbook() {
        if (workbook != null) {
            return workbook;
        }
        if (chosen == null) {
            chosen = CommandWorkbook.choose(dataFolder.get());
        }
        return chosen;
    }

    /**
     * Opens the workbook, creating it when missing; commands check their own input first, so bad input creates nothing.
     * The first opening of a day backs it up.
     */
    Workbook openWorkbook() {
        var password = PasswordFile.read(passwordFile);
        Path workbook = workbook();
        Path file = WorkbookLocation.file(workbook);
        if (password.isEmpty() && org.practiceworkbook.store.crypto.KeyHeader.isEncrypted(file)) {
            throw new InvalidInputException("workbook", "the workbook " + file + " is protected by a password: "
                    + "give it with --password-file FILE (a file whose first line is the password)");
        }
        return OpeningBackup.make(Workbook.open(workbook, reader, disk, Backups.standard(), password));
    }

    /** Opens the workbook only if it exists: for commands that need data already in it. */
    Workbook openExistingWorkbook() {
        if (!Files.exists(WorkbookLocation.file(workbook()))) {
            throw new InvalidInputException("workbook", "there is no workbook at " + WorkbookLocation.file(workbook()));
        }
        return openWorkbook();
    }

    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Practice Workbook " + BuildInfo.version()};
        }
    }
}
