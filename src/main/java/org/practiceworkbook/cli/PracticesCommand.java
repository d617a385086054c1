package org.practiceworkbook.cli;

import java.util.Objects;

import org.practiceworkbook.assessment.OrganisationalModel;
import org.practiceworkbook.assessment.Practice;
import org.practiceworkbook.store.Workbook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "practices", mixinStandardHelpOptions = true, description = "List and add practices.")
final class PracticesCommand {

    @ParentCommand
    WorkbookCommand top;

    @Spec
    CommandSpec spec;

    @Command(name = "list", description = "List the practices in the workbook.")
    int list() {
        try (Workbook workbook = top.openWorkbook()) {
            var table = new TextTable("NAME", "ODS", "MODEL", "ROUNDS", "PCN", "FEDERATION");
            for (Practice p : workbook.practices().list()) {
                table.row(p.name(), dash(p.odsCode()), p.model().token(),
                        String.valueOf(workbook.rounds().list(p.id()).size()), dash(p.pcn()), dash(p.federation()));
            }
            table.print(spec.commandLine().getOut());
        }
        return 0;
    }

    @Command(name = "add", description = "Add a practice.")
    int add(@Parameters(paramLabel = "NAME", description = "The practice's name.") String name,
            @Option(names = "--ods", paramLabel = "CODE", description = "Its ODS code, for example A81001.") String ods,
            @Option(names = "--model", paramLabel = "MODEL", defaultValue = "partnership",
                    description = "Its organisational model: single-handed, partnership, super-partnership, "
                            + "at-scale-provider, trust-run or apms-provider. Default: ${DEFAULT-VALUE}.") String model,
            @Option(names = "--pcn", paramLabel = "NAME", description = "The primary care network it belongs to.") String pcn,
            @Option(names = "--federation", paramLabel = "NAME", description = "The federation it belongs to.") String federation) {
        // Checked before the workbook is opened, so bad input never creates or changes a file.
        var draft = new Practice(0, name, ods, OrganisationalModel.fromToken(model), pcn, federation);
        try (Workbook workbook = top.openWorkbook()) {
            Practice added = workbook.practices().add(draft.name(), draft.odsCode(), draft.model(), draft.pcn(),
                    draft.federation());
            spec.commandLine().getOut().println("Added practice " + added.name()
                    + (added.odsCode() == null ? "" : " (" + added.odsCode() + ")") + ", " + added.model().label());
        }
        return 0;
    }

    private static String dash(String value) {
        return Objects.requireNonNullElse(value, "-");
    }
}
