package org.practiceworkbook.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.practiceworkbook.assessment.InvalidInputException;
import org.practiceworkbook.assessment.Practice;
import org.practiceworkbook.assessment.Respondent;
import org.practiceworkbook.assessment.Round;
import org.practiceworkbook.exchange.AtomicFile;
import org.practiceworkbook.exchange.ResponseExport;
import org.practiceworkbook.exchange.ResponseFile;
import org.practiceworkbook.exchange.ResponseFiles;
import org.practiceworkbook.exchange.ResponseImport;
import org.practiceworkbook.json.InvalidJsonException;
import org.practiceworkbook.store.Workbook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Carrying one person's answers between laptops: export them to a response file, import files into a workbook. */
final class ResponsesCommand {

    private ResponsesCommand() {
    }

    @Command(name = "export-responses", mixinStandardHelpOptions = true,
            description = "Write one person's answers to one questionnaire in a round to a response file (.pwr).")
    static final class Export implements java.util.concurrent.Callable<Integer> {

        @ParentCommand
        WorkbookCommand top;

        @Spec
        CommandSpec spec;

        @Option(names = "--practice", paramLabel = "NAME", required = true)
        String practiceName;

        @Option(names = "--round", paramLabel = "LABEL", required = true)
        String roundLabel;

        @Option(names = "--respondent", paramLabel = "NAME_OR_ID", required = true,
                description = "The person's name, or the id shown by: respondents list")
        String respondentName;

        @Option(names = "--pack", paramLabel = "ID",
                description = "The questionnaire (capacity, skills, governance...); needed when the person answered more than one.")
        String packId;

        @Option(names = "--out", paramLabel = "FILE", required = true)
        Path out;

        @Option(names = "--force", description = "Replace FILE if it exists.")
        boolean force;

        @Override
        public Integer call() {
            try (Workbook workbook = top.openExistingWorkbook()) {
                Practice practice = Lookup.practice(workbook, practiceName);
                Round round = Lookup.round(workbook, practice, roundLabel);
                Respondent person = Lookup.respondent(workbook, practice, round, respondentName);
                var export = new ResponseExport(workbook, Clock.systemUTC());
                ResponseFile file = export.export(person, pack(export, person));
                AtomicFile.write(out, new ResponseFiles().write(file), force);
                spec.commandLine().getOut().println("Exported " + file.answers().size() + " answers of "
                        + person.displayName() + " (" + file.pack() + ", " + round.label() + ") to " + out);
            }
            return 0;
        }

        private String pack(ResponseExport export, Respondent person) {
            if (packId != null) {
                return packId;
            }
            List<String> answered = export.packsAnswered(person);
            return switch (answered.size()) {
                case 0 -> throw new InvalidInputException("respondent", person.displayName()
                        + " has not answered anything yet, so there is nothing to export");
                case 1 -> answered.getFirst();
                default -> throw new InvalidInputException("pack", person.displayName() + " answered "
                        + String.join(", ", answered) + "; choose one with --pack");
            };
        }
    }

    @Command(name = "import-responses", mixinStandardHelpOptions = true,
            description = {"Import response files (.pwr) from other laptops. Each file is checked whole and imported",
                    "as one step; a refused file changes nothing. Exits 1 when any file is refused."})
    static final class Import implements java.util.concurrent.Callable<Integer> {

        @ParentCommand
        WorkbookCommand top;

        @Spec
        CommandSpec spec;

        @Option(names = "--create", description = "Create a practice or round a file names that the workbook lacks.")
        boolean create;

        @Parameters(paramLabel = "FILE", arity = "1..*")
        List<Path> files;

        @Override
        public Integer call() {
            // Every file is read and checked before the workbook is opened: files that are all bad create nothing.
            var reader = new ResponseFiles();
            var readable = new java.util.LinkedHashMap<Path, ResponseFile>();
            var lines = new java.util.LinkedHashMap<Path, String>();
            for (Path path : files) {
                try {
                    readable.put(path, reader.read(path.toString(), path));
                } catch (InvalidJsonException e) {
                    lines.put(path, "refused: " + e.firstProblem());
                } catch (InvalidInputException e) {
                    lines.put(path, "refused: " + e.getMessage());
                }
            }
            if (!readable.isEmpty()) {
                try (Workbook workbook = create ? top.openWorkbook() : top.openExistingWorkbook()) {
                    var importer = new ResponseImport(workbook);
                    readable.forEach((path, file) -> {
                        try {
                            var result = importer.importFile(file, create ? ResponseImport.CREATE_MISSING
                                    : ResponseImport.MATCHED);
                            lines.put(path, result.describe());
                        } catch (InvalidInputException e) {
                            lines.put(path, "refused: " + e.getMessage());
                        }
                    });
                }
            }
            files.forEach(path -> spec.commandLine().getOut().println(path + ": " + lines.get(path)));
            return lines.values().stream().anyMatch(l -> l.startsWith("refused")) ? CommandLineRunner.INPUT_ERROR : 0;
        }
    }
}
