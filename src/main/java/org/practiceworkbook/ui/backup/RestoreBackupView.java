package org.practiceworkbook.ui.backup;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.stage.Window;

import org.practiceworkbook.store.BackupFile;
import org.practiceworkbook.store.Workbook;
import org.practiceworkbook.ui.WorkbookSwitch;
import org.practiceworkbook.ui.common.BackgroundTasks;
import org.practiceworkbook.ui.common.Confirmation;
import org.practiceworkbook.ui.common.FormDialog;

/**
 * File > Restore backup…: the workbook's backups, newest first, each with its date and why it was made; choosing
 * one asks once more, plainly, then puts it in place of the workbook (which is backed up first).
 */
public final class RestoreBackupView {

    private final Workbook workbook;
    private final BackgroundTasks tasks;
    private final WorkbookSwitch workbooks;

    public RestoreBackupView(Workbook workbook, BackgroundTasks tasks, WorkbookSwitch workbooks) {
        this.workbook = workbook;
        this.tasks = tasks;
        this.workbooks = workbooks;
    }

    /** Reads the backups folder on the store thread, then shows the list. */
    public void show(Window owner, Consumer<Exception> failed) {
        tasks.run(() -> workbook.backups().list(workbook.file()), backups -> choose(owner, backups), failed);
    }

    private void choose(Window owner, List<BackupFile> backups) {
        var dialog = new FormDialog(owner, "restore-backup-dialog", "Restore a backup", "Restore…");
        dialog.note("Restoring a backup takes this workbook back to how it was when the backup was made. "
                + "The workbook as it is now is backed up first, so a restore can itself be undone.");
        var list = new ListView<BackupFile>();
        list.getItems().setAll(backups);
        list.setPrefHeight(260);
        list.setPlaceholder(new Label("No backups of this workbook yet. One is made the first time it is opened each "
                + "day, and before every update, import and restore."));
        ((Label) list.getPlaceholder()).setWrapText(true);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(BackupFile backup, boolean empty) {
                super.updateItem(backup, empty);
                setText(empty || backup == null ? null : backup.describe());
            }
        });
        if (!backups.isEmpty()) {
            list.getSelectionModel().selectFirst();
        }
        dialog.stackedField("Backups, newest first", list, "restore-backup-list",
                "Each backup with the date and time it was made and why");
        dialog.note("Kept in " + workbook.backups().folderFor(workbook.file()));
        boolean chosen = dialog.showAndWait(() -> list.getSelectionModel().getSelectedItem() == null
                ? Optional.of(backups.isEmpty() ? "There is no backup to restore yet." : "Choose a backup to restore.")
                : Optional.empty(), list);
        BackupFile backup = list.getSelectionModel().getSelectedItem();
        if (chosen && backup != null && confirm(owner, backup)) {
            workbooks.restore(backup.path());
        }
    }

    private static boolean confirm(Window owner, BackupFile backup) {
        return Confirmation.confirm(owner, "restore-backup-confirm", "Restore the backup of "
                        + backup.describe().replace(" — ", " (") + ")?",
                "The whole workbook goes back to how it was then: every practice, round, answer, note and action "
                        + "entered or changed since will be replaced by the backup's.\n\nThe workbook as it is now is "
                        + "backed up first (\"before a restore\"), so you can come back to it with File > Restore "
                        + "backup…", "Restore this backup");
    }
}
