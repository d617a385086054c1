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

@Command(name = "respondents", mixinStandardHelpOptions = true,
        description = "List the people answering in a round, or delete one with their answers.")
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

    @Command(name = "delete", description = {"Delete a person from a round with every answer and note they gave.",
            "Without --yes, says what would be deleted and deletes nothing."})
    int delete(@Option(names = "--practice", paramLabel = "NAME", required = true) String practiceName,
               @Option(names = "--round", paramLabel = "LABEL", required = true) String roundLabel,
               @Option(names = "--respondent", paramLabel = "NAME|ID", required = true,
                       description = "Their name, or the id shown by respondents list.") String who,
               @Option(names = "--yes", description = "Delete: this cannot be undone.") boolean yes) {
        try (Workbook workbook = top.openExistingWorkbook()) {
            Practice practice = Lookup.practice(workbook, practiceName);
            Round round = Lookup.round(workbook, practice, roundLabel);
            Respondent person = Lookup.respondent(workbook, practice, round, who);
            var impact = workbook.respondents().deletionImpact(person.id());
            String named = person.displayName() + " (" + person.role().label() + ") from " + round.label()
                    + (impact.isEmpty() ? ", who has answered nothing yet" : " with " + impact.describe()
                    + ", notes included");
            if (!yes) {
                spec.commandLine().getOut().println("This would permanently delete " + named
                        + ". It cannot be undone; add --yes to delete.");
                return 1;
            }
            workbook.respondents().delete(person.id());
            spec.commandLine().getOut().println("Deleted " + named);
        }
        return 0;
    }
}
