package org.practiceworkbook.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.practiceworkbook.assessment.Answer;
import org.practiceworkbook.assessment.AnswerValue;
import org.practiceworkbook.assessment.OrganisationalModel;
import org.practiceworkbook.assessment.RoundFacts;
import org.practiceworkbook.pack.PackReader;
import org.practiceworkbook.store.Workbook;
import org.practiceworkbook.ui.common.BackgroundTasks;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The walk-through, driven as a practice manager would: mostly by keyboard, closing and coming back. */
@ExtendWith(ApplicationExtension.class)
class WalkthroughTest {

    @TempDir
    static Path folder;

    private Path file;
    private Workbook workbook;
    private MainWindow window;
    private Stage stage;
    private Scene scene;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        file = folder.resolve("walk-" + System.nanoTime());
        workbook = Workbook.open(file, new PackReader());
        var practice = workbook.practices().add("Riverside Surgery", "A81001", OrganisationalModel.PARTNERSHIP,
                null, null);
        workbook.rounds().add(practice.id(), "Baseline March 2027", LocalDate.of(2027, 3, 14), RoundFacts.NONE);
        showWindow();
    }

    /** (Re)opens the window on the current workbook, as starting the program again would. */
    private void showWindow() {
        window = new MainWindow(workbook, BackgroundTasks.immediate(), Clock.systemUTC(), stage::close);
        scene = new Scene(window.root(), 1000, 900);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        workbook.close();
    }

    private void addRespondentAndStart(FxRobot robot, String name) {
        robot.clickOn("#add-respondent");
        robot.clickOn("#new-respondent-name").write(name);
        robot.clickOn("#new-respondent-role").clickOn("Practice manager");
        robot.clickOn("#add-respondent-dialog-accept");
    }

    private String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void a_new_person_starts_at_the_first_item_with_every_level_described(FxRobot robot) {
        addRespondentAndStart(robot, "Sam Patel");

        assertThat(text(robot, "#walkthrough-title")).isEqualTo("Sam Patel · Management capacity");
        assertThat(text(robot, "#item-position")).startsWith("Item 1 of 18 · Section 1 of 5: ");
        assertThat(robot.lookup(".level-card").queryAll()).hasSize(5);
        assertThat(robot.lookup("#level-1").queryAs(javafx.scene.control.ToggleButton.class).getAccessibleText()).startsWith("Level 1, Not in place: ");
        ScreenSnapshots.save(scene.getRoot(), "walkthrough-normal");
        robot.interact(() -> window.setTextSize(TextSize.EXTRA_LARGE));
        ScreenSnapshots.save(scene.getRoot(), "walkthrough-extra-large");
        var unnamed = new java.util.ArrayList<String>();
        robot.interact(() -> unnamed.addAll(AccessibilityAudit.unnamedControls(scene.getRoot())));
        assertThat(unnamed).isEmpty();
    }

    private void type(FxRobot robot, KeyCode... keys) {
        for (KeyCode key : keys) {
            robot.type(key);
        }
    }

    @Test
    void a_whole_section_answered_by_keyboard_is_all_there_after_a_restart_and_resumes_at_the_right_item(FxRobot robot) {
        addRespondentAndStart(robot, "Sam Patel");
        // Section 1 has three items: level 4 with a note; not applicable; don't know. Then on to item 4.
        type(robot, KeyCode.DIGIT4);
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        robot.write("Diary shows the slot kept – 3 of 4 weeks; café chat");
        type(robot, KeyCode.ESCAPE, KeyCode.ENTER);
        type(robot, KeyCode.N, KeyCode.RIGHT);
        type(robot, KeyCode.D, KeyCode.ENTER);
        assertThat(text(robot, "#item-position")).startsWith("Item 4 of 18 · Section 2 of 5");
        assertThat(text(robot, "#save-state")).isEqualTo("✓ Saved");
        assertThat(text(robot, "#overall-progress-text")).isEqualTo("3 of 18 items answered");

        // Close the program and start it again on the same workbook file.
        robot.interact(() -> {
            window.flush();
            workbook.close();
            workbook = Workbook.open(file, new PackReader());
            showWindow();
        });
        robot.clickOn("#respondent-list").clickOn("Sam Patel (Practice manager) · Management capacity 3 of 18");
        robot.clickOn("#answer-questionnaire");
        robot.clickOn("#answer-dialog-accept");

        assertThat(text(robot, "#item-position")).startsWith("Item 4 of 18");
        var respondent = workbook.respondents().list(workbook.rounds().list(
                workbook.practices().list().getFirst().id()).getFirst().id()).getFirst();
        var held = workbook.answers().forRespondent(respondent.id(), "capacity");
        var items = workbook.packs().load(workbook.packs().latest("capacity").orElseThrow()).items().toList();
        assertThat(held.get(items.get(0).id()).value()).isEqualTo(AnswerValue.level(4));
        assertThat(held.get(items.get(0).id()).note()).isEqualTo("Diary shows the slot kept – 3 of 4 weeks; café chat");
        assertThat(held.get(items.get(1).id()).value()).isEqualTo(AnswerValue.NOT_APPLICABLE);
        assertThat(held.get(items.get(2).id()).value()).isEqualTo(AnswerValue.DONT_KNOW);
        assertThat(robot.lookup("#section-1").queryButton().getText()).isEqualTo("✓ Protected time for improvement\n"
                + "3 of 3 answered, 1 don't know");

        // Back to the first item: its answer and note are shown as given.
        type(robot, KeyCode.LEFT, KeyCode.LEFT, KeyCode.LEFT);
        assertThat(robot.lookup("#level-4").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#item-note").queryAs(TextArea.class).getText())
                .isEqualTo("Diary shows the slot kept – 3 of 4 weeks; café chat");
    }

    @Test
    void changing_an_earlier_answer_updates_the_section_progress_and_the_summary(FxRobot robot) {
        addRespondentAndStart(robot, "Sam Patel");
        type(robot, KeyCode.D, KeyCode.ENTER, KeyCode.DIGIT2, KeyCode.ENTER);
        robot.clickOn("#show-summary");
        assertThat(text(robot, "#summary-section-1")).isEqualTo("2 of 3 answered; 1 don't know.");

        robot.clickOn("#section-1");                    // goes to the section's first unanswered item: item 3
        assertThat(text(robot, "#item-position")).startsWith("Item 3 of 18");
        type(robot, KeyCode.LEFT, KeyCode.LEFT, KeyCode.DIGIT3);   // item 1: don't know becomes level 3
        robot.clickOn("#show-summary");

        assertThat(text(robot, "#summary-section-1")).isEqualTo("2 of 3 answered; no don't know.");
        assertThat(robot.lookup("#section-1").queryButton().getText())
                .isEqualTo("Protected time for improvement\n2 of 3 answered");
        robot.clickOn("Answer: " + workbook.packs().load(workbook.packs().latest("capacity").orElseThrow())
                .items().toList().get(2).statement());
        assertThat(text(robot, "#item-position")).startsWith("Item 3 of 18");
    }
}
