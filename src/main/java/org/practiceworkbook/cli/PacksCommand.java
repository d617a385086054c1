package org.practiceworkbook.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

import org.practiceworkbook.pack.InvalidPackException;
import org.practiceworkbook.pack.LoadedPack;
import org.practiceworkbook.store.PackStore;
import org.practiceworkbook.store.Workbook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "packs", mixinStandardHelpOptions = true,
        description = "List, check and import questionnaire packs (see docs/questionnaire-packs.md).")
final class PacksCommand {

    @ParentCommand
    WorkbookCommand top;

    @Spec
    CommandSpec spec;

    @Command(name = "list", description = "List the questionnaire packs the workbook holds.")
    int list() {
        try (Workbook workbook = top.openWorkbook()) {
            List<PackStore.StoredPack> packs = workbook.packs().list();
            var table = new TextTable("ID", "VERSION", "ITEMS", "TITLE");
            packs.forEach(p -> table.row(p.ref().id(), p.ref().version().toString(), String.valueOf(p.itemCount()), p.title()));
            table.print(out());
        }
        return 0;
    }

    @Command(name = "validate", description = {"Check pack files without importing them. Prints every problem as",
            "FILE:LINE:COLUMN: POINTER: message; exits 1 when any file has a problem."})
    int validate(@Parameters(paramLabel = "FILE", arity = "1..*", description = "Pack files (JSON).") List<Path> files) {
        boolean allValid = true;
        for (Path file : files) {
            try {
                LoadedPack pack = read(file);
                out().println(file + ": valid (" + pack.questionnaire().ref() + ", "
                        + pack.questionnaire().sections().size() + " sections, " + pack.questionnaire().itemCount() + " items)");
            } catch (InvalidPackException e) {
                allValid = false;
                e.problems().forEach(p -> out().println(p));
            }
        }
        return allValid ? 0 : CommandLineRunner.INPUT_ERROR;
    }

    @Command(name = "import", description = "Check a pack file and add it to the workbook.")
    int importPack(@Parameters(paramLabel = "FILE", description = "A pack file (JSON).") Path file) {
        LoadedPack pack;
        try {
            pack = read(file);
        } catch (InvalidPackException e) {
            e.problems().forEach(p -> spec.commandLine().getErr().println(p));
            return CommandLineRunner.INPUT_ERROR;
        }
        try (Workbook workbook = top.openWorkbook()) {
            var ref = pack.questionnaire().ref();
            switch (workbook.packs().store(pack)) {
                case STORED -> out().println("Imported pack " + ref + ": " + pack.questionnaire().title() + " ("
                        + pack.questionnaire().itemCount() + " items)");
                case ALREADY_PRESENT -> out().println("Pack " + ref + " is already in the workbook; nothing changed");
            }
        }
        return 0;
    }

    private LoadedPack read(Path file) throws InvalidPackException {
        return top.reader().read(file);
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }

}
