package org.practiceworkbook.cli;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.practiceworkbook.assessment.Practice;
import org.practiceworkbook.assessment.Round;
import org.practiceworkbook.assessment.RoundFacts;
import org.practiceworkbook.store.Workbook;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

@Command(name = "rounds", mixinStandardHelpOptions = true, description = "List and add a practice's assessment rounds.")
final class RoundsCommand {

    @ParentCommand
    WorkbookCommand top;

    @Spec
    CommandSpec spec;

    @Command(name = "list", description = "List a practice's rounds, newest first.")
    int list(@Option(names = "--practice", paramLabel = "NAME", required = true) String practiceName) {
        try (Workbook workbook = top.openExistingWorkbook()) {
            Practice practice = Lookup.practice(workbook, practiceName);
            var table = new TextTable("DATE", "LABEL", "LIST SIZE", "MANAGEMENT WTE", "GP PARTNERS", "SALARIED GPS", "DECILE");
            for (Round r : workbook.rounds().list(practice.id())) {
                RoundFacts f = r.facts();
                table.row(r.date().toString(), r.label(), text(f.listSize()), text(f.managementWte()), text(f.gpPartners()),
                        text(f.salariedGps()), text(f.deprivationDecile()));
            }
            table.print(spec.commandLine().getOut());
        }
        return 0;
    }

    @Command(name = "add", description = "Add an assessment round to a practice, with the facts of that time.")
    int add(@Option(names = "--practice", paramLabel = "NAME", required = true) String practiceName,
            @Option(names = "--label", paramLabel = "LABEL", required = true,
                    description = "For example \"Baseline March 2027\".") String label,
            @Option(names = "--date", paramLabel = "YYYY-MM-DD", required = true, converter = IsoDate.class) LocalDate date,
            @Option(names = "--list-size", paramLabel = "N", description = "Registered patients.") Integer listSize,
            @Option(names = "--management-wte", paramLabel = "N",
                    description = "Management staff, whole-time equivalent (for example 2.5).") BigDecimal wte,
            @Option(names = "--gp-partners", paramLabel = "N", description = "GP partners (headcount).") Integer partners,
            @Option(names = "--salaried-gps", paramLabel = "N", description = "Salaried GPs (headcount).") Integer salaried,
            @Option(names = "--deprivation-decile", paramLabel = "N",
                    description = "1 (most deprived) to 10 (least deprived).") Integer decile) {
        var draft = new Round(0, 0, label, date, new RoundFacts(listSize, wte, partners, salaried, decile));
        try (Workbook workbook = top.openExistingWorkbook()) {
            Practice practice = Lookup.practice(workbook, practiceName);
            Round added = workbook.rounds().add(practice.id(), draft.label(), draft.date(), draft.facts());
            spec.commandLine().getOut().println("Added round \"" + added.label() + "\" (" + added.date() + ") to "
                    + practice.name());
        }
        return 0;
    }

    @Command(name = "anonymise", description = {"Replace the names of a round's people with Respondent 1, 2...",
            "(roles kept); with --remove-notes, remove every note in the round too, the group's",
            "discussion notes included. Without --yes, says what would change and changes nothing."})
    int anonymise(@Option(names = "--practice", paramLabel = "NAME", required = true) String practiceName,
                  @Option(names = "--round", paramLabel = "LABEL", required = true) String roundLabel,
                  @Option(names = "--remove-notes", description = "Remove every note in the round.") boolean notes,
                  @Option(names = "--yes", description = "Anonymise: this cannot be undone.") boolean yes) {
        try (Workbook workbook = top.openExistingWorkbook()) {
            Practice practice = Lookup.practice(workbook, practiceName);
            Round round = Lookup.round(workbook, practice, roundLabel);
            var impact = workbook.rounds().anonymisingImpact(round.id());
            String people = impact.people() + (impact.people() == 1 ? " person" : " people");
            String removed = ExportCommand.count(impact.answerNotes() + impact.discussionNotes(), "note");
            if (!yes) {
                spec.commandLine().getOut().println("Anonymising " + round.label() + " would rename " + people
                        + (notes ? " and remove " + removed : "") + ". It cannot be undone; add --yes to anonymise.");
                return 1;
            }
            workbook.rounds().anonymise(round.id(), notes);
            spec.commandLine().getOut().println("Anonymised " + round.label() + ": renamed " + people
                    + (notes ? " and removed " + removed : ""));
        }
        return 0;
    }

    private static String text(Object value) {
        return value == null ? "-" : value.toString();
    }

    static final class IsoDate implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + value + "' is not a date in the form YYYY-MM-DD");
            }
        }
    }
}
