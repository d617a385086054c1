package org.practiceworkbook.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;

import org.practiceworkbook.assessment.InvalidInputException;
import org.practiceworkbook.exchange.WorkbookExport;
import org.practiceworkbook.exchange.WorkbookFiles;
import org.practiceworkbook.store.Workbook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write the whole workbook to one file: its packs, practices, rounds, answers,",
                "consensus and action plans (see docs/workbook-files.md)."})
final class ExportCommand implements Callable<Integer> {

    @ParentCommand
    WorkbookCommand top;

    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "FILE", required = true,
            description = "The file to write, for example practices.pwb.")
    Path out;

    @Option(names = "--anonymise", description = {"Leave out names and notes, for a trainer: respondents become",
            "\"Respondent 1\", \"Respondent 2\"... (roles kept); notes, discussion notes, action",
            "descriptions, success measures, owners and anchors are left out."})
    boolean anonymise;

    @Option(names = "--force", description = "Replace FILE if it already exists.")
    boolean force;

    @Override
    public Integer call() {
        if (!force && Files.exists(out)) {
            throw new InvalidInputException("file", out + " already exists; use --force to replace it");
        }
        try (Workbook workbook = top.openExistingWorkbook()) {
            var export = new WorkbookExport(workbook, Clock.systemUTC(), new WorkbookFiles(top.reader()));
            WorkbookExport.Summary summary = export.exportTo(out, force, anonymise);
            spec.commandLine().getOut().println("Exported " + count(summary.practices(), "practice") + ", "
                    + count(summary.rounds(), "round") + ", " + count(summary.answers(), "answer")
                    + (anonymise ? " without names or notes" : "") + " to " + out);
        }
        return 0;
    }

    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
