package org.practiceworkbook.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import org.practiceworkbook.assessment.InvalidInputException;
import org.practiceworkbook.assessment.Practice;
import org.practiceworkbook.assessment.Round;
import org.practiceworkbook.store.Workbook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "charts", mixinStandardHelpOptions = true,
        description = {"Write a round's charts as PNG files (section radar, item scores against targets, spread of",
                "answers, scores over time), one set per questionnaire answered. Runs without a display."})
final class ChartsCommand implements java.util.concurrent.Callable<Integer> {

    @ParentCommand
    WorkbookCommand top;

    @Spec
    CommandSpec spec;

    @Option(names = "--practice", paramLabel = "NAME", required = true)
    String practiceName;

    @Option(names = "--round", paramLabel = "LABEL", description = "The round; the newest when left out.")
    String roundLabel;

    @Option(names = "--pack", paramLabel = "ID", description = "Only this questionnaire (capacity, skills, ...).")
    String packId;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "The folder to write into (created "
            + "when missing).")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new InvalidInputException("out", out + " is a file, not a folder");
        }
        try (Workbook workbook = top.openExistingWorkbook()) {
            Practice practice = Lookup.practice(workbook, practiceName);
            Round round = roundLabel != null ? Lookup.round(workbook, practice, roundLabel)
                    : workbook.rounds().list(practice.id()).stream().max(Comparator.comparing(Round::date))
                            .orElseThrow(() -> new InvalidInputException("round", practice.name() + " has no rounds yet"));
            List<String> packs = packId != null ? List.of(packId) : workbook.rounds().questionnaires(round.id()).stream()
                    .map(ref -> ref.id()).toList();
            if (packs.isEmpty()) {
                throw new InvalidInputException("round", "nobody has answered in " + round.label() + " yet, so there "
                        + "are no charts to draw");
            }
            if (packId != null && workbook.packs().latest(packId).isEmpty()) {
                throw new InvalidInputException("pack", "the workbook holds no questionnaire \"" + packId
                        + "\" (see: packs list)");
            }
            Files.createDirectories(out);
            int written = 0;
            for (String pack : packs) {
                var files = top.charts().render(workbook, practice, round, pack, out);
                if (files.isEmpty()) {
                    spec.commandLine().getOut().println("Skipped " + pack + ": nobody answered it in " + round.label());
                }
                for (Path file : files) {
                    spec.commandLine().getOut().println("Wrote " + file);
                    written++;
                }
            }
            if (written == 0) {
                throw new InvalidInputException("round", "nobody has answered " + (packId != null ? "\"" + packId
                        + "\"" : "any questionnaire") + " in " + round.label() + " yet, so there are no charts to draw");
            }
        }
        return 0;
    }
}
