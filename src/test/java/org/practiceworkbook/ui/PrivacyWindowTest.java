package org.practiceworkbook.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.practiceworkbook.assessment.Respondent;
import org.practiceworkbook.assessment.Round;
import org.practiceworkbook.demo.DemoWorkbook;
import org.practiceworkbook.pack.PackReader;
import org.practiceworkbook.store.Workbook;
import org.practiceworkbook.ui.common.BackgroundTasks;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A practice manager deleting one person's answers, and anonymising a round, on the demo workbook. */
@ExtendWith(ApplicationExtension.class)
class PrivacyWindowTest {

    @TempDir
    static Path folder;

    private Workbook workbook;
    private MainWindow window;
    private Scene scene;
    private Round latest;
    private final ResponseExchangeWindowTest.AnsweringPicker picker = new ResponseExchangeWindowTest.AnsweringPicker();

    @Start
    void start(Stage stage) {
        workbook = Workbook.open(folder.resolve("privacy-" + System.nanoTime()), new PackReader());
        DemoWorkbook.fill(workbook);
        latest = workbook.rounds().list(workbook.practices().list().getFirst().id()).getFirst();
        window = new MainWindow(workbook, BackgroundTasks.immediate(), java.time.Clock.systemUTC(), stage::close,
                picker);
        scene = new Scene(window.root(), 1000, 900);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        workbook.close();
    }

    /** Buttons may sit below the fold; fired from the FX queue, as the dialog they open waits there. */
    private static void press(FxRobot robot, String button) {
        Platform.runLater(() -> ((Button) robot.lookup(button).query()).fire());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private Respondent joanne() {
        return workbook.respondents().list(latest.id()).stream()
                .filter(r -> "Joanne Fletcher".equals(r.name())).findFirst().orElseThrow();
    }

    private static Node listed(FxRobot robot, String startingWith) {
        return robot.lookup("#respondent-list .list-cell").match((ListCell<?> cell) -> cell.getText() != null
                && cell.getText().startsWith(startingWith)).query();
    }

    @Test
    void a_person_is_deleted_with_all_their_answers_after_a_question_naming_them_and_what_goes(FxRobot robot) {
        Respondent joanne = joanne();
        long answers = workbook.respondents().deletionImpact(joanne.id()).answers();
        assertThat(answers).as("the demo's practice manager has answered").isGreaterThan(50);
        robot.clickOn(listed(robot, "Joanne Fletcher"));
        ScreenSnapshots.save(robot.lookup(".respondents-pane").query(), "respondents-with-delete-person");

        press(robot, "#delete-respondent");
        String question = text(robot, "#delete-respondent-confirmation .content");
        assertThat(question).contains("This permanently deletes Joanne Fletcher (Practice manager) from "
                + latest.label()).contains("Their " + answers + " answers, notes included, go with them")
                .contains("This cannot be undone");
        ScreenSnapshots.save(robot.lookup("#delete-respondent-confirmation").query(), "delete-respondent-confirmation");
        robot.clickOn("#delete-respondent-confirmation-cancel");
        assertThat(workbook.respondents().find(joanne.id())).as("cancel keeps her").isPresent();

        robot.interact(() -> window.setTextSize(TextSize.EXTRA_LARGE));
        press(robot, "#delete-respondent");
        ScreenSnapshots.save(robot.lookup("#delete-respondent-confirmation").query(),
                "delete-respondent-confirmation-extra-large");
        robot.clickOn("#delete-respondent-confirmation-accept");

        assertThat(workbook.respondents().find(joanne.id())).isEmpty();
        assertThat(workbook.answers().packsAnswered(joanne.id())).isEmpty();
        assertThat(workbook.respondents().list(latest.id())).hasSize(5);
        assertThat(robot.lookup("#respondent-list").queryListView().getItems()).hasSize(5).map(Object::toString)
                .noneMatch(row -> row.contains("Joanne"));
        assertThat(text(robot, "#status-line")).contains("Deleted Joanne Fletcher");
        ScreenSnapshots.save(scene.getRoot(), "after-deleting-a-respondent-extra-large");
    }

    @Test
    void a_round_is_anonymised_with_its_notes_after_a_plain_warning_and_still_reads_by_role(FxRobot robot) {
        press(robot, "#anonymise-round");
        String said = String.join(" ", robot.lookup("#anonymise-round-dialog .form-note").queryAllAs(Label.class)
                .stream().map(Label::getText).toList());
        assertThat(said).contains("are replaced with Respondent 1 to Respondent 6")
                .contains("This cannot be undone").contains("discussion notes");
        ScreenSnapshots.save(robot.lookup("#anonymise-round-dialog").query(), "anonymise-round-dialog");
        robot.clickOn("#anonymise-round-dialog-cancel");
        assertThat(workbook.respondents().list(latest.id())).extracting(Respondent::name).contains("Joanne Fletcher");

        robot.interact(() -> window.setTextSize(TextSize.EXTRA_LARGE));
        press(robot, "#anonymise-round");
        ScreenSnapshots.save(robot.lookup("#anonymise-round-dialog").query(), "anonymise-round-dialog-extra-large");
        var unnamed = new java.util.ArrayList<String>();
        robot.interact(() -> unnamed.addAll(AccessibilityAudit.unnamedControls(
                robot.lookup("#anonymise-round-dialog").queryParent())));
        assertThat(unnamed).as("every control named for screen readers").isEmpty();
        robot.clickOn("#anonymise-remove-notes");
        robot.clickOn("#anonymise-round-dialog-accept");

        assertThat(workbook.respondents().list(latest.id())).extracting(Respondent::name)
                .containsExactly("Respondent 1", "Respondent 2", "Respondent 3", "Respondent 4", "Respondent 5",
                        "Respondent 6");
        assertThat(workbook.rounds().anonymisingImpact(latest.id()).answerNotes()).isZero();
        assertThat(workbook.rounds().anonymisingImpact(latest.id()).discussionNotes()).isZero();
        assertThat(robot.lookup("#respondent-list").queryListView().getItems()).map(Object::toString)
                .anyMatch(row -> row.startsWith("Respondent 4 (Practice manager)"))
                .noneMatch(row -> row.contains("Joanne"));
        assertThat(text(robot, "#status-line")).startsWith("✓ Anonymised " + latest.label() + ": 6 people renamed");
        var earlier = workbook.rounds().list(workbook.practices().list().getFirst().id()).getLast();
        assertThat(workbook.respondents().list(earlier.id())).as("the other round keeps its names")
                .extracting(Respondent::name).contains("Joanne Fletcher");
        ScreenSnapshots.save(scene.getRoot(), "after-anonymising-a-round-extra-large");
        ScreenSnapshots.save(robot.lookup(".respondents-pane").query(), "respondents-anonymised-extra-large");
    }

    @Test
    void the_file_menu_exports_the_workbook_without_names_or_notes_for_a_trainer(FxRobot robot) throws Exception {
        var secret = org.practiceworkbook.demo.DemoPrivateTexts.of(workbook);
        Path file = folder.resolve("for-the-trainer-" + System.nanoTime() + ".pwb");
        picker.saves.push(file);
        robot.clickOn("File").clickOn("#menu-export-workbook-anonymised");

        assertThat(picker.suggested).anyMatch(name -> name.startsWith("practice-workbook-anonymised-"));
        String written = java.nio.file.Files.readString(file);
        assertThat(secret.all()).isNotEmpty().allSatisfy(s -> assertThat(written).doesNotContain(s));
        assertThat(written).contains("Respondent 6");
        assertThat(text(robot, "#status-line")).contains("without names or notes");
        assertThat(workbook.respondents().list(latest.id())).as("the workbook itself is unchanged")
                .extracting(Respondent::name).contains("Joanne Fletcher");
    }
}
