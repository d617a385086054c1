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

    /**
     * Chooses a File menu item as the keyboard would, by firing it: at extra-large text the File menu is taller than
     * the headless screen, which cannot draw it.
     */
    private void fire(FxRobot robot, String menuItem) {
        var item = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class).getMenus().getFirst()
                .getItems().stream().filter(i -> menuItem.equals(i.getId())).findFirst().orElseThrow();
        Platform.runLater(item::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void snapshot(FxRobot robot, String id, String name) {
        ScreenSnapshots.save(robot.lookup(id).query(), name);
    }

    /** The File menu items that can be chosen now. */
    private List<String> fileMenuIds(FxRobot robot) {
        return robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class).getMenus().getFirst().getItems()
                .stream().filter(i -> !i.isDisable()).map(javafx.scene.control.MenuItem::getId)
                .filter(id -> id != null).toList();
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
        fire(robot, "menu-set-password");
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

    private void openWithPassword(FxRobot robot) {
        makeOwn(Optional.of(PASSWORD));
        openOwn();
        robot.clickOn("#open-password-field").write(PASSWORD).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(practicesShown(robot)).containsExactly(PRACTICE);
    }

    /** Whether any part of the main window (its menus, its practice list) is in the scene. */
    private boolean workbookReachable() {
        return scene.getRoot().lookup("#main-window") != null || scene.getRoot().lookup("#practice-list") != null
                || scene.getRoot().lookup(".menu-bar") != null;
    }

    @Test
    void ctrl_l_hides_the_workbook_behind_its_password_until_the_right_one_is_typed(FxRobot robot) {
        openWithPassword(robot);

        robot.press(KeyCode.CONTROL).press(KeyCode.L).release(KeyCode.L).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#lock-screen").tryQuery()).isPresent();
        assertThat(workbookReachable()).isFalse();
        // The shortcuts of the hidden menus do nothing: Ctrl+N would add a practice.
        robot.press(KeyCode.CONTROL).press(KeyCode.N).release(KeyCode.N).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#practice-name").tryQuery()).isEmpty();
        assertThat(workbookReachable()).isFalse();

        robot.clickOn("#lock-password").write("spring rota").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#lock-problem").queryAs(Label.class).getText()).isEqualTo("Wrong password");
        assertThat(workbookReachable()).isFalse();
        ScreenSnapshots.save(scene.getRoot(), "password-locked-wrong");

        robot.clickOn("#lock-password").write(PASSWORD).clickOn("#lock-unlock");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#lock-screen").tryQuery()).isEmpty();
        assertThat(practicesShown(robot)).containsExactly(PRACTICE);
    }

    @Test
    void the_window_locks_itself_after_the_idle_time_chosen_in_settings(FxRobot robot) throws Exception {
        System.setProperty("practiceworkbook.lock-minute-ms", "100");
        try {
            openWithPassword(robot);
            robot.interact(() -> session.window().setTextSize(TextSize.EXTRA_LARGE));
            robot.press(KeyCode.CONTROL).type(KeyCode.COMMA).release(KeyCode.CONTROL);
            robot.clickOn("#settings-lock-after").clickOn("5 minutes unused");
            robot.clickOn("#settings-dialog-accept");

            WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                    () -> scene.getRoot().lookup("#lock-screen") != null);
            assertThat(workbookReachable()).isFalse();
            ScreenSnapshots.save(scene.getRoot(), "password-locked-extra-large");
            robot.clickOn("#lock-password").write(PASSWORD).type(KeyCode.ENTER);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(practicesShown(robot)).containsExactly(PRACTICE);
        } finally {
            System.clearProperty("practiceworkbook.lock-minute-ms");
        }
    }

    @Test
    void lock_is_unavailable_for_a_workbook_without_a_password_and_says_why(FxRobot robot) {
        makeOwn(Optional.empty());
        openOwn();

        var lock = (javafx.scene.control.CustomMenuItem) robot.lookup(".menu-bar")
                .queryAs(javafx.scene.control.MenuBar.class).getMenus().getFirst().getItems().stream()
                .filter(i -> "menu-lock".equals(i.getId())).findFirst().orElseThrow();
        assertThat(((Label) lock.getContent()).getTooltip().getText())
                .isEqualTo("Only a workbook with a password can be locked: set one with File > Set password…");
        robot.press(KeyCode.CONTROL).press(KeyCode.L).release(KeyCode.L).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#lock-screen").tryQuery()).isEmpty();
        assertThat(practicesShown(robot)).containsExactly(PRACTICE);
    }
}
