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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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
        ScreenSnapshots.save(scene.getRoot(), "summary-normal");
        robot.interact(() -> window.setTextSize(TextSize.EXTRA_LARGE));
        ScreenSnapshots.save(scene.getRoot(), "summary-extra-large");
        robot.interact(() -> window.setTextSize(TextSize.NORMAL));
        assertThat(robot.lookup("#section-1").queryButton().getText())
                .isEqualTo("Protected time for improvement\n2 of 3 answered");
        robot.clickOn("Answer: " + workbook.packs().load(workbook.packs().latest("capacity").orElseThrow())
                .items().toList().get(2).statement());
        assertThat(text(robot, "#item-position")).startsWith("Item 3 of 18");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Management capacity", "Management and improvement skills", "Governance and organisational model"})
    void each_bundled_questionnaire_can_be_completed_start_to_finish_by_keyboard_alone(String title, FxRobot robot) {
        robot.interact(() -> robot.lookup("#add-respondent").queryButton().requestFocus());   // as if tabbed to
        type(robot, KeyCode.SPACE);
        var name = robot.lookup("#new-respondent-name").queryTextInputControl();
        assertThat(name.isFocused()).as("the dialog opens with the keyboard in the name field").isTrue();
        robot.targetWindow(name.getScene().getWindow());   // TestFX types text into its target window, set by the mouse
        robot.write("Jo Smith");
        assertThat(robot.lookup("#new-respondent-name").queryTextInputControl().getText())
                .as("the dialog opens ready to type the name").isEqualTo("Jo Smith");
        type(robot, KeyCode.TAB);                                             // to the role
        var role = robot.lookup("#new-respondent-role").queryComboBox();
        assertThat(role.isFocused()).as("Tab reaches the role").isTrue();
        chooseByKeyboard(robot, role, "Practice manager");
        type(robot, KeyCode.TAB);                                             // to the questionnaire
        var questionnaire = robot.lookup("#new-respondent-questionnaire").queryComboBox();
        assertThat(questionnaire.isFocused()).as("Tab reaches the questionnaire").isTrue();
        chooseByKeyboard(robot, questionnaire, title);
        assertThat(String.valueOf(role.getValue())).isEqualTo("Practice manager");
        assertThat(String.valueOf(questionnaire.getValue())).isEqualTo(title);
        type(robot, KeyCode.ENTER);

        int items = Integer.parseInt(text(robot, "#item-position").replaceAll("^Item 1 of (\\d+).*", "$1"));
        for (int i = 0; i < items && i < 40; i++) {
            type(robot, i % 7 == 6 ? KeyCode.D : KeyCode.DIGIT3, KeyCode.ENTER);
        }

        assertThat(text(robot, "#summary-overall"))
                .isEqualTo("Every item is answered. You can still change any answer: choose a section on the left.");
        var unnamed = new java.util.ArrayList<String>();
        robot.interact(() -> unnamed.addAll(AccessibilityAudit.unnamedControls(scene.getRoot())));
        assertThat(unnamed).as("the summary screen's controls are named").isEmpty();
        robot.clickOn("#finish-walkthrough");
        assertThat(robot.lookup("#respondent-list").queryListView().getItems()).singleElement().asString()
                .isEqualTo("Jo Smith (Practice manager) · " + title + " " + items + " of " + items);
    }

    /** Opens a combo box's list with F4, moves with the arrow keys and chooses with Enter, as a keyboard user does. */
    private void chooseByKeyboard(FxRobot robot, javafx.scene.control.ComboBox<?> box, String wanted) {
        type(robot, KeyCode.F4);
        @SuppressWarnings("unchecked")
        var list = (javafx.scene.control.ListView<Object>) ((javafx.scene.control.skin.ComboBoxListViewSkin<?>) box.getSkin())
                .getPopupContent();
        for (int presses = 0; presses < 12 && !wanted.equals(String.valueOf(list.getSelectionModel().getSelectedItem()));
             presses++) {
            type(robot, KeyCode.DOWN);
        }
        type(robot, KeyCode.ENTER);
    }

    @Test
    void a_note_still_being_typed_when_the_program_closes_is_kept(FxRobot robot) {
        addRespondentAndStart(robot, "Sam Patel");
        robot.clickOn("#level-2");
        robot.clickOn("#item-note").write("Only on Thursdays");

        robot.interact(() -> window.flush());   // what closing the program does before the workbook closes

        var respondent = workbook.respondents().list(workbook.rounds().list(
                workbook.practices().list().getFirst().id()).getFirst().id()).getFirst();
        assertThat(workbook.answers().forRespondent(respondent.id(), "capacity").values())
                .singleElement().satisfies(a -> {
                    assertThat(a.value()).isEqualTo(AnswerValue.level(2));
                    assertThat(a.note()).isEqualTo("Only on Thursdays");
                });
    }

    @Test
    void answering_by_mouse_moves_through_items_and_the_chosen_card_says_so_in_words(FxRobot robot) {
        addRespondentAndStart(robot, "Sam Patel");
        robot.clickOn("#level-5");

        var card = robot.lookup("#level-5").queryAs(javafx.scene.control.ToggleButton.class);
        assertThat(card.getAccessibleText()).endsWith(". Your answer.");
        assertThat(card.lookup(".chosen-mark").isVisible()).isTrue();
        robot.clickOn("#next-item");
        assertThat(text(robot, "#item-position")).startsWith("Item 2 of 18");
        robot.clickOn("#answer-na").clickOn("#previous-item");
        assertThat(robot.lookup("#level-5").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isTrue();
        assertThat(text(robot, "#overall-progress-text")).isEqualTo("2 of 18 items answered");
    }

    @Test
    void the_add_person_dialog_names_every_field_and_asks_for_a_role(FxRobot robot) {
        robot.clickOn("#add-respondent");
        var unnamed = new java.util.ArrayList<String>();
        robot.interact(() -> unnamed.addAll(AccessibilityAudit.unnamedControls(
                robot.lookup("#add-respondent-dialog").queryParent())));
        robot.clickOn("#add-respondent-dialog-accept");

        assertThat(unnamed).isEmpty();
        assertThat(text(robot, "#add-respondent-dialog-error")).isEqualTo("Choose the person's role.");
        robot.clickOn("#add-respondent-dialog-cancel");
        assertThat(workbook.respondents().list(workbook.rounds().list(
                workbook.practices().list().getFirst().id()).getFirst().id())).isEmpty();
    }
}
