package org.practiceworkbook.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.practiceworkbook.assessment.InvalidInputException;
import org.practiceworkbook.assessment.Practice;
import org.practiceworkbook.report.sheets.ScoreSheets;
import org.practiceworkbook.store.Workbook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "score-sheets", mixinStandardHelpOptions = true,
        description = {"Write blank score sheets for a questionnaire as an A4 PDF to print: every item with its level",
                "descriptions and boxes to tick, numbered as the paper-entry grid numbers them. Runs without a display."})
final class ScoreSheetsCommand implements Callable<Integer> {

    @ParentCommand
    WorkbookCommand top;

    @Spec
    CommandSpec spec;

    @Option(names = "--pack", paramLabel = "ID", required = true,
            description = "The questionnaire: capacity, skills, governance, or an imported pack's id (see: packs list).")
    String packId;

    @Option(names = "--practice", paramLabel = "NAME", description = "Only the items that apply to this practice, "
            + "numbered exactly as its paper-entry grid; without it, every item.")
    String practiceName;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "The PDF to write, for example "
            + "capacity-sheets.pdf.")
    Path out;

    @Option(names = "--force", description = "Replace FILE if it already exists.")
    boolean force;

    @Override
    public Integer call() {
        if (Files.isDirectory(out)) {
            throw new InvalidInputException("out", out + " is a folder; name the file to write, for example "
                    + out.resolve(packId + "-score-sheets.pdf"));
        }
        if (!force && Files.exists(out)) {
            throw new InvalidInputException("file", out + " already exists; use --force to replace it");
        }
        try (Workbook workbook = top.openExistingWorkbook()) {
            Practice practice = practiceName == null ? null : Lookup.practice(workbook, practiceName);
            var summary = new ScoreSheets(workbook).write(packId, practice, out, force);
            spec.commandLine().getOut().println("Wrote score sheets for " + summary.title() + " ("
                    + ExportCommand.count(summary.items(), "item") + (practice == null ? "" : ", as " + practice.name()
                    + "'s grid numbers them") + ") to " + out);
        }
        return 0;
    }
}
