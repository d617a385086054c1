package org.practiceworkbook.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.practiceworkbook.assessment.InvalidInputException;
import org.practiceworkbook.store.BackupFile;
import org.practiceworkbook.store.DiskTrouble;
import org.practiceworkbook.store.BackupReason;
import org.practiceworkbook.store.BackupRestore;
import org.practiceworkbook.store.Workbook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Put a backup in place of the workbook. The workbook as it is now is backed up first, into",
                "its backups folder, so a restore can itself be undone. A file that is not a backup changes nothing."})
final class RestoreCommand implements Callable<Integer> {

    @ParentCommand
    WorkbookCommand top;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "A backup: one written by 'backup', or one from the backups folder.")
    Path file;

    @Override
    public Integer call() {
        Path backup = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(backup)) {
            throw new InvalidInputException("backup", "there is no backup at " + backup + "; nothing was changed");
        }
        Path workbookFile;
        Optional<String> fileKey;
        BackupFile before;
        try (Workbook workbook = top.openExistingWorkbook()) {
            if (workbook.readOnly()) {
                throw new InvalidInputException("workbook", DiskTrouble.READ_ONLY + "; nothing was changed");
            }
            workbookFile = workbook.file();
            fileKey = workbook.fileKey();
            before = workbook.backUp(BackupReason.BEFORE_RESTORE);
        }
        BackupRestore.restore(workbookFile, backup, fileKey);
        // Opened once more, so a backup from an older version is brought up to date now, and is known to open.
        top.openWorkbook().close();
        var out = spec.commandLine().getOut();
        out.println("Restored " + workbookFile + " from " + backup);
        out.println("The workbook as it was just before is kept in " + before.path());
        return 0;
    }
}
