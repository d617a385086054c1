package org.practiceworkbook.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.practiceworkbook.assessment.OrganisationalModel;
import org.practiceworkbook.assessment.Practice;
import org.practiceworkbook.pack.PackReader;
import org.practiceworkbook.store.BackupFile;
import org.practiceworkbook.store.BackupReason;
import org.practiceworkbook.store.Backups;
import org.practiceworkbook.store.Workbook;
import org.practiceworkbook.ui.common.BackgroundTasks;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A practice manager taking the workbook back to this morning's backup, and changing their mind again. */
@ExtendWith(ApplicationExtension.class)
class RestoreBackupWindowTest {

    @TempDir
    static Path folder;

    private WorkbookSession session;
    private Scene scene;
    private Path own;
    private final List<Exception> failures = new ArrayList<>();

    @Start
    void start(Stage stage) {
        own = folder.resolve("own-" + System.nanoTime() + ".mv.db");
        try (Workbook workbook = Workbook.open(own, new PackReader())) {
            workbook.practices().add("Riverside Surgery", null, OrganisationalModel.PARTNERSHIP, null, null);
        }
        scene = new Scene(new StackPane(), 1000, 800);
        Theme.apply(scene);
        stage.setScene(scene);
        session = new WorkbookSession(own, folder.resolve("demo-" + System.nanoTime()), BackgroundTasks.immediate(),
                Clock.systemDefaultZone(), (root, title) -> scene.setRoot(root), failures::add, stage::close,
                new ResponseExchangeWindowTest.AnsweringPicker());
        session.openOwn();
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> session.close(() -> { })).get();
    }

    private List<String> practicesShown(FxRobot robot) {
        return robot.lookup("#practice-list").queryListView().getItems().stream()
                .map(p -> ((Practice) p).name()).toList();
    }

    private void addPractice(FxRobot robot, String name) {
        robot.clickOn("#add-practice");
        robot.clickOn("#new-practice-name").write(name);
        robot.clickOn("#add-practice-dialog-accept");
    }

    @SuppressWarnings("unchecked")
    private List<String> listed(FxRobot robot) {
        return ((ListView<BackupFile>) robot.lookup("#restore-backup-list").query()).getItems().stream()
                .map(BackupFile::describe).toList();
    }

    private void openRestoreDialog(FxRobot robot) {
        robot.clickOn("File").clickOn("#menu-restore-backup");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void the_days_backup_is_listed_and_restoring_it_backs_up_first_so_the_restore_can_be_undone(FxRobot robot)
            throws Exception {
        assertThat(failures).isEmpty();
        addPractice(robot, "Hillside Medical Centre");
        assertThat(practicesShown(robot)).containsExactly("Hillside Medical Centre", "Riverside Surgery");

        openRestoreDialog(robot);
        assertThat(listed(robot)).singleElement().asString().endsWith(" — on opening")
                .matches("[A-Z][a-z]+day \\d{1,2} [A-Z][a-z]+ \\d{4}, \\d{2}:\\d{2} — on opening");
        ScreenSnapshots.save(robot.lookup("#restore-backup-dialog").query(), "restore-backup-dialog");
        robot.clickOn("#restore-backup-dialog-accept");
        DialogPane confirm = robot.lookup("#restore-backup-confirm").queryAs(DialogPane.class);
        assertThat(confirm.getHeaderText()).startsWith("Restore the backup of ").endsWith(" (on opening)?");
        assertThat(confirm.getContentText()).contains("will be replaced by the backup's",
                "The workbook as it is now is backed up first");
        ScreenSnapshots.save(confirm, "restore-backup-confirm");
        robot.clickOn("#restore-backup-confirm-accept");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(failures).isEmpty();
        assertThat(practicesShown(robot)).as("as the workbook was when it was opened").containsExactly("Riverside Surgery");
        var backups = Backups.standard().list(own);
        assertThat(backups).extracting(BackupFile::reason)
                .containsExactly(BackupReason.BEFORE_RESTORE, BackupReason.ON_OPENING);

        // Changing their mind: the state before the restore is the newest backup, and brings Hillside back.
        openRestoreDialog(robot);
        assertThat(listed(robot)).hasSize(2).first().asString().endsWith(" — before a restore");
        robot.clickOn("#restore-backup-dialog-accept");
        robot.clickOn("#restore-backup-confirm-accept");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(practicesShown(robot)).containsExactly("Hillside Medical Centre", "Riverside Surgery");
    }

    @Test
    void cancelling_either_question_changes_nothing(FxRobot robot) {
        addPractice(robot, "Hillside Medical Centre");
        openRestoreDialog(robot);
        robot.clickOn("#restore-backup-dialog-cancel");
        openRestoreDialog(robot);
        robot.clickOn("#restore-backup-dialog-accept");
        robot.clickOn("#restore-backup-confirm-cancel");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(practicesShown(robot)).containsExactly("Hillside Medical Centre", "Riverside Surgery");
        assertThat(Backups.standard().list(own)).extracting(BackupFile::reason).containsExactly(BackupReason.ON_OPENING);
    }

    @Test
    void a_damaged_backup_is_refused_with_its_name_and_the_workbook_stays_as_it_was(FxRobot robot) throws Exception {
        addPractice(robot, "Hillside Medical Centre");
        Path damaged = Backups.standard().folderFor(own).resolve("2026-01-05 09-15 before an import.zip");
        Files.writeString(damaged, "half a backup");

        openRestoreDialog(robot);
        @SuppressWarnings("unchecked")
        var list = (ListView<BackupFile>) robot.lookup("#restore-backup-list").query();
        assertThat(listed(robot)).last().isEqualTo("Monday 5 January 2026, 09:15 — before an import");
        robot.interact(() -> list.getSelectionModel().selectLast());
        robot.clickOn("#restore-backup-dialog-accept");
        robot.clickOn("#restore-backup-confirm-accept");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(practicesShown(robot)).containsExactly("Hillside Medical Centre", "Riverside Surgery");
        assertThat(robot.lookup("#status-line").queryAs(Label.class).getText())
                .contains(damaged + " is not a Practice Workbook backup, or it is damaged; nothing was changed");
    }

    @Test
    void the_dialog_reads_at_extra_large_text(FxRobot robot) throws Exception {
        robot.interact(() -> session.window().setTextSize(TextSize.EXTRA_LARGE));
        // At this size the File menu runs below the window's edge: the item is fired as a keyboard user would reach it.
        var bar = (javafx.scene.control.MenuBar) robot.lookup(".menu-bar").query();
        var item = bar.getMenus().getFirst().getItems().stream()
                .filter(i -> "menu-restore-backup".equals(i.getId())).findFirst().orElseThrow();
        Platform.runLater(item::fire);
        WaitForAsyncUtils.waitForFxEvents();
        Node dialog = robot.lookup("#restore-backup-dialog").query();
        ScreenSnapshots.save(dialog, "restore-backup-dialog-extra-large");
        robot.clickOn("#restore-backup-dialog-accept");
        ScreenSnapshots.save(robot.lookup("#restore-backup-confirm").query(), "restore-backup-confirm-extra-large");
        robot.clickOn("#restore-backup-confirm-cancel");
        WaitForAsyncUtils.waitForFxEvents();
        Platform.runLater(() -> session.window().setTextSize(TextSize.NORMAL));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
