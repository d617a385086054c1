package org.practiceworkbook.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.practiceworkbook.assessment.InvalidInputException;
import org.practiceworkbook.store.Workbook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Write a backup of the workbook to a file: a zipped SQL script (encrypted when the workbook",
                "has a password), which 'restore' puts back and any later version of the program can read."})
final class BackupCommand implements Callable<Integer> {

    @ParentCommand
    WorkbookCommand top;

    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "FILE", required = true,
            description = "The file to write, for example riverside-backup.zip; it must not exist yet.")
    Path out;

    @Override
    public Integer call() {
        Path target = out.toAbsolutePath().normalize();
        if (Files.exists(target)) {
            throw new InvalidInputException("out", target + " already exists, and a backup never replaces a file; "
                    + "choose another name");
        }
        if (!Files.isDirectory(target.getParent())) {
            throw new InvalidInputException("out", "cannot write " + target + ": the folder " + target.getParent()
                    + " does not exist");
        }
        try (Workbook workbook = top.openExistingWorkbook()) {
            workbook.backUpTo(target);
            spec.commandLine().getOut().println("Backed up " + workbook.file() + " to " + target);
        }
        return 0;
    }
}
