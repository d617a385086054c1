package org.practiceworkbook.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.practiceworkbook.assessment.OrganisationalModel;
import org.practiceworkbook.assessment.Practice;
import org.practiceworkbook.pack.PackReader;
import org.practiceworkbook.store.FileBytes;
import org.practiceworkbook.store.Workbook;
import org.practiceworkbook.store.crypto.KeyHeader;
import org.practiceworkbook.ui.common.BackgroundTasks;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A practice manager putting a password on the workbook, opening it with the password, changing and removing it. */
@ExtendWith(ApplicationExtension.class)
class PasswordWindowTest {

    static final String PRACTICE = "Quillfeather Lane Surgery";
    static final String PASSWORD = "spring rota 2027";

    @TempDir
    static Path folder;

    private WorkbookSession session;
    private Scene scene;
    private Path own;
    private final List<Exception> failures = new ArrayList<>();

    @Start
    void start(Stage stage) {
        own = folder.resolve("own-" + System.nanoTime() + ".mv.db");
        scene = new Scene(new StackPane(), 1000, 760);
        Theme.apply(scene);
        stage.setScene(scene);
        session = new WorkbookSession(own, folder.resolve("demo-" + System.nanoTime()), BackgroundTasks.immediate(),
                Clock.systemUTC(), (root, title) -> scene.setRoot(root), failures::add, stage::close,
                new org.practiceworkbook.ui.exchange.SystemFilePicker());
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> session.close(() -> { })).get();
    }

    private void makeOwn(Optional<String> password) {
        try (Workbook workbook = Workbook.open(own, new PackReader(), password)) {
            workbook.practices().add(PRACTICE, null, OrganisationalModel.PARTNERSHIP, null, null);
        }
    }

    /** Opens the own workbook as the program does at start; a password prompt may be left open. */
    private void openOwn() {
        Platform.runLater(session::openOwn);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void choose(FxRobot robot, String menuItem) {
        robot.clickOn("File").clickOn("#" + menuItem);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void snapshot(FxRobot robot, String id, String name) {
        ScreenSnapshots.save(robot.lookup(id).query(), name);
    }

    private List<String> fileMenuIds(FxRobot robot) {
        return robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class).getMenus().getFirst().getItems()
                .stream().map(javafx.scene.control.MenuItem::getId).filter(id -> id != null).toList();
    }

    private List<String> practicesShown(FxRobot robot) {
        return robot.lookup("#practice-list").queryListView().getItems().stream()
                .map(p -> ((Practice) p).name()).toList();
    }

    private String status(FxRobot robot) {
        return robot.lookup("#status-line").queryAs(Label.class).getText();
    }

    @Test
    void setting_a_password_warns_asks_twice_and_encrypts_the_file(FxRobot robot) throws Exception {
        makeOwn(Optional.empty());
        openOwn();
        assertThat(fileMenuIds(robot)).contains("menu-set-password").doesNotContain("menu-change-password");

        choose(robot, "menu-set-password");
        assertThat(robot.lookup("#set-password-warning").queryAs(Label.class).getText())
                .contains("If this password is forgotten, the workbook cannot be opened again")
                .contains("there is no way to recover it");
        snapshot(robot, "#set-password", "password-set");
        robot.clickOn("#set-password-new").write(PASSWORD).type(KeyCode.TAB).write("spring rota 2028").type(KeyCode.ENTER);
        assertThat(robot.lookup("#set-password-error").queryAs(Label.class).getText())
                .isEqualTo("The two new passwords are not the same: type them again.");
        assertThat(KeyHeader.isEncrypted(own)).isFalse();

        robot.clickOn("#set-password-again").eraseText(16).write(PASSWORD).clickOn("#set-password-accept");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(failures).isEmpty();
        assertThat(KeyHeader.isEncrypted(own)).isTrue();
        assertThat(FileBytes.readable(own, PRACTICE)).isEmpty();
        assertThat(practicesShown(robot)).containsExactly(PRACTICE);
        assertThat(fileMenuIds(robot)).contains("menu-change-password", "menu-remove-password")
                .doesNotContain("menu-set-password");
    }

    @Test
    void the_set_password_dialog_reads_whole_at_extra_large_text(FxRobot robot) {
        makeOwn(Optional.empty());
        openOwn();
        robot.interact(() -> session.window().setTextSize(TextSize.EXTRA_LARGE));
        choose(robot, "menu-set-password");
        Node dialog = robot.lookup("#set-password").query();
        snapshot(robot, "#set-password", "password-set-extra-large");
        Label warning = robot.lookup("#set-password-warning").queryAs(Label.class);
        // Every line of the warning shows: the label is as tall as its wrapped text needs.
        assertThat(warning.getHeight()).isGreaterThanOrEqualTo(warning.prefHeight(warning.getWidth()) - 1);
        assertThat(dialog.getScene().getWindow().getHeight()).isLessThan(scene.getWindow().getHeight() + 200);
        robot.clickOn("#set-password-cancel");
        assertThat(KeyHeader.isEncrypted(own)).isFalse();
    }

    @Test
    void an_encrypted_workbook_asks_for_its_password_before_opening_and_again_after_a_wrong_one(FxRobot robot) {
        makeOwn(Optional.of(PASSWORD));
        openOwn();

        assertThat(robot.lookup("#open-password").tryQuery()).isPresent();
        assertThat(robot.lookup("#practice-list").tryQuery()).isEmpty();
        robot.clickOn("#open-password-field").write("spring rota").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#open-password-problem").queryAs(Label.class).getText()).startsWith("Wrong password");
        snapshot(robot, "#open-password", "password-open-wrong");
        assertThat(robot.lookup("#practice-list").tryQuery()).isEmpty();
        robot.clickOn("#open-password-field").write(PASSWORD).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(failures).isEmpty();
        assertThat(practicesShown(robot)).containsExactly(PRACTICE);
    }

    @Test
    void cancelling_the_password_at_start_opens_nothing_and_says_why(FxRobot robot) {
        makeOwn(Optional.of(PASSWORD));
        openOwn();

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#practice-list").tryQuery()).isEmpty();
        assertThat(failures).singleElement().extracting(Exception::getMessage).asString()
                .contains("is protected by a password");
    }

    @Test
    void changing_then_removing_the_password_keeps_the_workbook_and_a_wrong_one_changes_nothing(FxRobot robot)
            throws Exception {
        makeOwn(Optional.of(PASSWORD));
        openOwn();
        robot.clickOn("#open-password-field").write(PASSWORD).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        choose(robot, "menu-change-password");
        robot.clickOn("#change-password-current").write("not it at all").type(KeyCode.TAB).write("autumn rota 2027").type(KeyCode.TAB)
                .write("autumn rota 2027").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(status(robot)).isEqualTo("⚠ Wrong password");
        assertThat(practicesShown(robot)).containsExactly(PRACTICE);

        choose(robot, "menu-change-password");
        robot.clickOn("#change-password-current").write(PASSWORD).type(KeyCode.TAB).write("autumn rota 2027").type(KeyCode.TAB)
                .write("autumn rota 2027").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(failures).isEmpty();
        assertThat(practicesShown(robot)).containsExactly(PRACTICE);
        assertThat(KeyHeader.isEncrypted(own)).isTrue();

        choose(robot, "menu-remove-password");
        // The window reopened the workbook with the new password: the old one is wrong now.
        snapshot(robot, "#remove-password", "password-remove");
        robot.clickOn("#remove-password-current").write("autumn rota 2027").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(KeyHeader.isEncrypted(own)).isFalse();
        assertThat(FileBytes.readable(own, PRACTICE)).containsExactly(PRACTICE);
        assertThat(practicesShown(robot)).containsExactly(PRACTICE);
        assertThat(fileMenuIds(robot)).contains("menu-set-password");
    }
}
