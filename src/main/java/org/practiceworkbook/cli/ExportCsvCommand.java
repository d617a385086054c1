package org.practiceworkbook.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

import org.practiceworkbook.assessment.InvalidInputException;
import org.practiceworkbook.assessment.Practice;
import org.practiceworkbook.spreadsheet.CsvExport;
import org.practiceworkbook.store.Workbook;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "export-csv", mixinStandardHelpOptions = true,
        description = {"Write a practice's action plan or its people's answers as a CSV file that opens cleanly in",
                "Excel: one row per action or per answer, under a header row (see docs/csv-files.md)."})
final class ExportCsvCommand implements Callable<Integer> {

    @ParentCommand
    WorkbookCommand top;

    @Spec
    CommandSpec spec;

    @Option(names = "--practice", paramLabel = "NAME", required = true)
    String practiceName;

    @Option(names = "--what", paramLabel = "actions|answers", required = true, converter = WhatConverter.class,
            completionCandidates = WhatConverter.class,
            description = "actions: the action plan, one row per action; answers: one row per answer given.")
    CsvExport.What what;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "The file to write, for example "
            + "plan.csv.")
    Path out;

    @Option(names = "--names", description = "Put people's names in the answers file; without it each person is "
            + "\"Person 1\", \"Person 2\"... with their role.")
    boolean names;

    @Option(names = "--force", description = "Replace FILE if it already exists.")
    boolean force;

    @Override
    public Integer call() {
        if (names && what != CsvExport.What.ANSWERS) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--names is for --what answers: the action "
                    + "plan always carries the owners and anchors the practice typed");
        }
        if (Files.isDirectory(out)) {
            throw new InvalidInputException("out", out + " is a folder; name the file to write, for example "
                    + out.resolve(what.token() + ".csv"));
        }
        if (!force && Files.exists(out)) {
            throw new InvalidInputException("file", out + " already exists; use --force to replace it");
        }
        try (Workbook workbook = top.openExistingWorkbook()) {
            Practice practice = Lookup.practice(workbook, practiceName);
            var summary = new CsvExport(workbook).write(practice, what, names, LocalDate.now(), out, force);
            spec.commandLine().getOut().println("Wrote " + what.count(summary.rows()) + " of " + practice.name()
                    + " to " + out);
        }
        return 0;
    }

    /** The words --what takes, in lower case as the help shows them. */
    static final class WhatConverter implements CommandLine.ITypeConverter<CsvExport.What>, Iterable<String> {
        @Override
        public CsvExport.What convert(String value) {
            try {
                return CsvExport.What.fromToken(value);
            } catch (InvalidInputException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }

        @Override
        public java.util.Iterator<String> iterator() {
            return List.of(CsvExport.What.values()).stream().map(CsvExport.What::token).iterator();
        }
    }
}
