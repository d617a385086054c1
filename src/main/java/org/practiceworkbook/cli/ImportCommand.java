package org.practiceworkbook.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.practiceworkbook.assessment.InvalidInputException;
import org.practiceworkbook.exchange.WorkbookFile;
import org.practiceworkbook.exchange.WorkbookFiles;
import org.practiceworkbook.exchange.WorkbookImport;
import org.practiceworkbook.json.InvalidJsonException;
import org.practiceworkbook.pack.BundledPacks;
import org.practiceworkbook.store.Workbook;
import org.practiceworkbook.store.WorkbookLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Bring the practices of a workbook file into the workbook, all or nothing.",
                "A practice the workbook already has (the same id) is skipped, unless --replace."})
final class ImportCommand implements Callable<Integer> {

    @ParentCommand
    WorkbookCommand top;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "A workbook file written by export (.pwb).")
    Path file;

    @Option(names = "--replace",
            description = "Replace a practice the workbook already has with the file's, with everything under it.")
    boolean replace;

    @Override
    public Integer call() {
        var files = new WorkbookFiles(top.reader());
        try {
            // A new workbook holds only the bundled packs: the file is checked against those before the workbook is
            // created, so a refused file creates nothing.
            WorkbookFile checked = Files.exists(WorkbookLocation.file(top.workbook())) ? null
                    : files.read(file, WorkbookFiles.HeldPacks.of(BundledPacks.load(top.reader())));
            try (Workbook workbook = top.openWorkbook()) {
                var importer = new WorkbookImport(workbook, files);
                print(importer.importFile(checked != null ? checked : importer.read(file), replace));
            }
        } catch (InvalidJsonException e) {
            spec.commandLine().getErr().println("practice-workbook: " + e.firstProblem());
            return CommandLineRunner.INPUT_ERROR;
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e.field(), file + ": " + e.getMessage() + "; nothing was imported");
        }
        return 0;
    }

    private void print(WorkbookImport.Result result) {
        PrintWriter out = spec.commandLine().getOut();
        for (WorkbookImport.PracticeResult p : result.practices()) {
            out.println(switch (p.outcome()) {
                case ADDED -> "added " + p.practice() + " (" + ExportCommand.count(p.rounds(), "round") + ")";
                case REPLACED -> "replaced " + p.practice() + " (" + ExportCommand.count(p.rounds(), "round") + ")";
                case SKIPPED -> "skipped " + p.practice() + ": already in the workbook (use --replace to replace it)";
            });
        }
    }
}
