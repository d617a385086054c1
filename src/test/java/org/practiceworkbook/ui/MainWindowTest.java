package org.practiceworkbook.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;

import javafx.scene.Scene;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.practiceworkbook.assessment.Answer;
import org.practiceworkbook.assessment.AnswerValue;
import org.practiceworkbook.assessment.OrganisationalModel;
import org.practiceworkbook.assessment.Practice;
import org.practiceworkbook.assessment.Role;
import org.practiceworkbook.assessment.Round;
import org.practiceworkbook.assessment.RoundFacts;
import org.practiceworkbook.pack.PackReader;
import org.practiceworkbook.store.Workbook;
import org.practiceworkbook.ui.common.BackgroundTasks;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    @TempDir
    static Path folder;

    private Workbook workbook;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        workbook = Workbook.open(folder.resolve("ui-" + System.nanoTime()), new PackReader());
        window = new MainWindow(workbook, BackgroundTasks.immediate(), java.time.Clock.systemUTC(), stage::close);
        var scene = new Scene(window.root(), 960, 900);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.setTitle("Practice Workbook");
        stage.show();
    }

    @AfterEach
    void close() {
        workbook.close();
    }

    private void addPractice(FxRobot robot, String name, String ods) {
        robot.clickOn("#add-practice");
        robot.clickOn("#new-practice-name").write(name);
        if (ods != null) {
            robot.clickOn("#new-practice-ods").write(ods);
        }
        robot.clickOn("#add-practice-dialog-accept");
    }

    /** Replaces a field's text as a person would: click into it, select all, type. */
    private static void replaceText(FxRobot robot, javafx.scene.Node field, String text) {
        robot.clickOn(field).push(KeyCode.SHORTCUT, KeyCode.A).write(text);
    }

    private static void replaceText(FxRobot robot, String query, String text) {
        replaceText(robot, robot.lookup(query).query(), text);
    }

    private ListView<Practice> practiceList(FxRobot robot) {
        return robot.lookup("#practice-list").queryListView();
    }

    private Practice stored(String name) {
        return workbook.practices().findByName(name).orElseThrow();
    }

    @Test
    void the_window_is_titled_and_starts_by_inviting_a_first_practice(FxRobot robot) {
        assertThat(stage.getTitle()).isEqualTo("Practice Workbook");
        assertThat(practiceList(robot).getItems()).isEmpty();
        assertThat(robot.lookup(".empty-state").queryAs(Label.class).isVisible()).isTrue();
        assertThat(robot.lookup("#rename-practice").queryButton().isDisabled()).isTrue();
    }

    @Test
    void a_practice_is_added_shown_selected_and_saved(FxRobot robot) {
        addPractice(robot, "Riverside Surgery", "a81001");

        assertThat(practiceList(robot).getItems()).extracting(Practice::name).containsExactly("Riverside Surgery");
        assertThat(practiceList(robot).getSelectionModel().getSelectedItem().name()).isEqualTo("Riverside Surgery");
        assertThat(robot.lookup("#practice-heading").queryAs(Label.class).getText()).isEqualTo("Riverside Surgery");
        assertThat(stored("Riverside Surgery").odsCode()).isEqualTo("A81001");
        assertThat(robot.lookup("#status-line").queryAs(Label.class).getText()).isEqualTo("✓ Added Riverside Surgery");
    }

    @Test
    void a_duplicate_name_is_explained_in_the_dialog_and_nothing_is_added(FxRobot robot) {
        addPractice(robot, "Riverside Surgery", null);

        robot.clickOn("#add-practice");
        robot.clickOn("#new-practice-name").write("riverside   SURGERY");
        robot.clickOn("#add-practice-dialog-accept");

        assertThat(robot.lookup("#add-practice-dialog-error").queryAs(Label.class).getText())
                .isEqualTo("There is already a practice called \"Riverside Surgery\".");
        robot.clickOn("#add-practice-dialog-cancel");
        assertThat(workbook.practices().list()).hasSize(1);
        assertThat(practiceList(robot).getItems()).hasSize(1);
    }

    @Test
    void a_bad_ods_code_is_named_and_the_practice_is_not_added(FxRobot robot) {
        robot.clickOn("#add-practice");
        robot.clickOn("#new-practice-name").write("Hill Surgery");
        robot.clickOn("#new-practice-ods").write("A8-1");
        robot.clickOn("#add-practice-dialog-accept");

        assertThat(robot.lookup("#add-practice-dialog-error").queryAs(Label.class).getText())
                .isEqualTo("The ODS code \"A8-1\" should be 3 to 10 letters and digits, for example A81001.");
        robot.clickOn("#add-practice-dialog-cancel");
        assertThat(workbook.practices().list()).isEmpty();
    }

    @Test
    void a_practice_is_renamed_and_its_details_are_saved_as_they_are_edited(FxRobot robot) {
        addPractice(robot, "Riverside Surgery", null);

        robot.clickOn("#rename-practice");
        replaceText(robot, "#renamed-practice-name", "Riverside Medical Centre");
        robot.clickOn("#rename-practice-dialog-accept");
        robot.clickOn("#practice-pcn").write("Riverside PCN").type(KeyCode.ENTER);
        robot.clickOn("#practice-ods").write("y12345").type(KeyCode.TAB);

        Practice saved = stored("Riverside Medical Centre");
        assertThat(saved.pcn()).isEqualTo("Riverside PCN");
        assertThat(saved.odsCode()).isEqualTo("Y12345");
        assertThat(practiceList(robot).getItems()).extracting(Practice::name).containsExactly("Riverside Medical Centre");
    }

    @Test
    void deleting_a_practice_says_what_will_be_lost_and_cancel_keeps_everything(FxRobot robot) {
        addPractice(robot, "Riverside Surgery", null);
        addPractice(robot, "Hillside", null);
        Practice riverside = stored("Riverside Surgery");
        long round = workbook.rounds().add(riverside.id(), "Baseline", LocalDate.of(2027, 3, 14), RoundFacts.NONE).id();
        for (Role role : new Role[] {Role.GP_PARTNER, Role.PRACTICE_MANAGER}) {
            long who = workbook.respondents().add(round, null, role).id();
            workbook.answers().save(who, "capacity", new Answer("x", AnswerValue.level(3), null, Instant.now()));
        }
        robot.interact(() -> practiceList(robot).getSelectionModel().select(
                practiceList(robot).getItems().stream().filter(p -> p.name().equals("Riverside Surgery")).findFirst().orElseThrow()));

        robot.clickOn("#delete-practice");
        assertThat(robot.lookup("#delete-practice-confirmation .content").queryAs(Label.class).getText())
                .isEqualTo("This permanently deletes Riverside Surgery with its 1 assessment round, 2 respondents "
                        + "and 2 answers. This cannot be undone.");
        robot.clickOn("#delete-practice-confirmation-cancel");
        assertThat(workbook.practices().list()).hasSize(2);

        robot.clickOn("#delete-practice");
        robot.clickOn("#delete-practice-confirmation-accept");
        assertThat(workbook.practices().list()).extracting(Practice::name).containsExactly("Hillside");
        assertThat(practiceList(robot).getItems()).extracting(Practice::name).containsExactly("Hillside");
    }

    @Test
    void rounds_are_added_renamed_given_facts_and_deleted(FxRobot robot) {
        addPractice(robot, "Riverside Surgery", null);

        robot.clickOn("#add-round");
        robot.clickOn("#new-round-label").write("Baseline March 2027");
        DatePicker date = robot.lookup("#new-round-date").queryAs(DatePicker.class);
        replaceText(robot, date.getEditor(), "14/3/2027");
        robot.type(KeyCode.TAB);
        robot.clickOn("#add-round-dialog-accept");

        long practiceId = stored("Riverside Surgery").id();
        Round round = workbook.rounds().list(practiceId).getFirst();
        assertThat(round.label()).isEqualTo("Baseline March 2027");
        assertThat(round.date()).isEqualTo(LocalDate.of(2027, 3, 14));

        robot.clickOn("Facts at this round");
        robot.clickOn("#round-list-size").write("9,800").type(KeyCode.TAB);
        robot.clickOn("#round-management-wte").write("2.5").type(KeyCode.TAB);
        robot.clickOn("#round-deprivation-decile").write("3").type(KeyCode.TAB);
        var facts = workbook.rounds().list(practiceId).getFirst().facts();
        assertThat(facts.listSize()).isEqualTo(9800);
        assertThat(facts.managementWte()).isEqualByComparingTo("2.5");
        assertThat(facts.deprivationDecile()).isEqualTo(3);
        TableView<Round> table = robot.lookup("#round-table").queryTableView();
        assertThat(table.getItems()).singleElement().satisfies(r -> assertThat(r.facts().listSize()).isEqualTo(9800));

        robot.clickOn("#rename-round");
        replaceText(robot, "#renamed-round-label", "Baseline");
        robot.clickOn("#rename-round-dialog-accept");
        assertThat(workbook.rounds().list(practiceId)).extracting(Round::label).containsExactly("Baseline");

        robot.clickOn("#delete-round");
        assertThat(robot.lookup("#delete-round-confirmation .content").queryAs(Label.class).getText())
                .isEqualTo("This deletes the round Baseline. Nobody has answered in it yet.");
        robot.clickOn("#delete-round-confirmation-accept");
        assertThat(workbook.rounds().list(practiceId)).isEmpty();
        assertThat(table.getItems()).isEmpty();
    }

    @Test
    void an_impossible_fact_is_named_under_the_form_and_not_saved(FxRobot robot) {
        addPractice(robot, "Riverside Surgery", null);
        long practiceId = stored("Riverside Surgery").id();
        workbook.rounds().add(practiceId, "Baseline", LocalDate.of(2027, 3, 14), new RoundFacts(9800, null, null, null, null));
        robot.interact(() -> window.practices().selectedProperty().set(null));
        robot.interact(() -> window.practices().selectedProperty().set(stored("Riverside Surgery")));

        robot.clickOn("Facts at this round");
        replaceText(robot, "#round-list-size", "nine thousand");
        robot.type(KeyCode.TAB);

        Label problem = robot.lookup("#round-facts-problem").queryAs(Label.class);
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).isEqualTo("⚠ List size must be a whole number, not \"nine thousand\". "
                + "Not saved until it is corrected.");
        assertThat(workbook.rounds().list(practiceId).getFirst().facts().listSize()).isEqualTo(9800);
    }

    @Test
    void every_dialog_names_its_controls_for_screen_readers(FxRobot robot) {
        addPractice(robot, "Riverside Surgery", null);
        workbook.rounds().add(stored("Riverside Surgery").id(), "Baseline", LocalDate.of(2027, 3, 14), RoundFacts.NONE);
        robot.interact(() -> window.practices().selectedProperty().set(null));
        robot.interact(() -> window.practices().selectedProperty().set(stored("Riverside Surgery")));
        workbook.respondents().add(workbook.rounds().list(stored("Riverside Surgery").id()).getFirst().id(), null, Role.NURSE);
        robot.interact(() -> window.respondents().reload());
        robot.clickOn("#respondent-list").clickOn("Nurse");

        var dialogs = new String[][] {
            {"#add-practice", "#add-practice-dialog"}, {"#rename-practice", "#rename-practice-dialog"},
            {"#delete-practice", "#delete-practice-confirmation"}, {"#add-round", "#add-round-dialog"},
            {"#rename-round", "#rename-round-dialog"}, {"#delete-round", "#delete-round-confirmation"},
            {"#add-respondent", "#add-respondent-dialog"}, {"#answer-questionnaire", "#answer-dialog"}};
        for (String[] dialog : dialogs) {
            robot.clickOn(dialog[0]);
            var unnamed = new java.util.ArrayList<String>();
            robot.interact(() -> unnamed.addAll(AccessibilityAudit.unnamedControls(robot.lookup(dialog[1]).queryParent())));
            assertThat(unnamed).as(dialog[1]).isEmpty();
            robot.clickOn(dialog[1] + "-cancel");
        }
        assertThat(workbook.practices().list()).hasSize(1);
    }
}
