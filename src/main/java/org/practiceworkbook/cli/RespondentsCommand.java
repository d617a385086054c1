package org.practiceworkbook.cli;

import java.util.Map;
import java.util.stream.Collectors;

import org.practiceworkbook.assessment.Practice;
import org.practiceworkbook.assessment.Respondent;
import org.practiceworkbook.assessment.Round;
import org.practiceworkbook.store.Workbook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "respondents", mixinStandardHelpOptions = true, description = "List the people answering in a round.")
final class RespondentsCommand {

    @ParentCommand
    WorkbookCommand top;

    @Spec
    CommandSpec spec;

    @Command(name = "list", description = "List a round's respondents with their ids and how many items each answered.")
    int list(@Option(names = "--practice", paramLabel = "NAME", required = true) String practiceName,
             @Option(names = "--round", paramLabel = "LABEL", required = true) String roundLabel) {
        try (Workbook workbook = top.openExistingWorkbook()) {
            Practice practice = Lookup.practice(workbook, practiceName);
            Round round = Lookup.round(workbook, practice, roundLabel);
            var counts = workbook.answers().answeredCounts(round.id());
            var table = new TextTable("ID", "NAME", "ROLE", "ANSWERED");
            for (Respondent person : workbook.respondents().list(round.id())) {
                String answered = counts.getOrDefault(person.id(), Map.of()).entrySet().stream()
                        .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
                table.row(person.publicId().toString(), person.name() == null ? "-" : person.name(),
                        person.role().token(), answered.isEmpty() ? "-" : answered);
            }
            table.print(spec.commandLine().getOut());
        }
        return 0;
    }
}
