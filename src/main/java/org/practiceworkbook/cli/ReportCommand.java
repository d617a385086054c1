package org.practiceworkbook.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;

import org.practiceworkbook.assessment.InvalidInputException;
import org.practiceworkbook.assessment.Practice;
import org.practiceworkbook.assessment.Round;
import org.practiceworkbook.report.ReportFile;
import org.practiceworkbook.report.ReportOptions;
import org.practiceworkbook.store.Workbook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write a round's printable report as an A4 PDF: cover, summary with the radar charts and",
                "headline findings, every questionnaire's scores, the items to act on and the whole action plan.",
                "Runs without a display."})
final class ReportCommand implements java.util.concurrent.Callable<Integer> {

    @ParentCommand
    WorkbookCommand top;

    @Spec
    CommandSpec spec;

    @Option(names = "--practice", paramLabel = "NAME", required = true)
    String practiceName;

    @Option(names = "--round", paramLabel = "LABEL", description = "The round; the newest when left out.")
    String roundLabel;

    @Option(names = "--out", paramLabel = "FILE.pdf", required = true,
            description = "The PDF to write (replaced when it exists).")
    Path out;

    @Option(names = "--names", description = "List the names people gave on the cover; by default people are only "
            + "counted by role.")
    boolean names;

    @Override
    public Integer call() {
        try (Workbook workbook = top.openExistingWorkbook()) {
            Practice practice = Lookup.practice(workbook, practiceName);
            Round round = roundLabel != null ? Lookup.round(workbook, practice, roundLabel)
                    : workbook.rounds().list(practice.id()).stream()
                            .max(Comparator.comparing(Round::date).thenComparing(Round::id))
                            .orElseThrow(() -> new InvalidInputException("round", practice.name()
                                    + " has no rounds yet"));
            var written = ReportFile.write(workbook, practice, round, top.reportCharts(),
                    new ReportOptions(names, LocalDate.now()), out);
            spec.commandLine().getOut().println("Wrote " + written.file() + " (" + practice.name() + ", "
                    + round.label() + ")");
        }
        return 0;
    }
}
