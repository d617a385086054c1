package org.practiceworkbook.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.practiceworkbook.assessment.ActionReview;
import org.practiceworkbook.assessment.PlannedAction;
import org.practiceworkbook.assessment.Practice;
import org.practiceworkbook.demo.DemoWorkbook;
import org.practiceworkbook.pack.PackReader;
import org.practiceworkbook.store.Workbook;
import org.practiceworkbook.ui.actions.ActionFilter;
import org.practiceworkbook.ui.actions.ActionOrder;
import org.practiceworkbook.ui.actions.ActionRow;
import org.practiceworkbook.ui.common.BackgroundTasks;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The practice manager after the six-month review: the plan opens with last round's open actions to review, then
 * suggestions become actions in one click, edits are saved as typed, and overdue actions say so in words.
 */
@ExtendWith(ApplicationExtension.class)
class ActionPlanTest {

    /** Late September 2027: four of the demo's open actions are past their due dates. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2027-09-20T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    static Path folder;

    private Workbook workbook;
    private MainWindow window;
    private Scene scene;
    private Practice riverside;

    @Start
    void start(Stage stage) {
        workbook = Workbook.open(folder.resolve("demo-" + System.nanoTime()), new PackReader());
        DemoWorkbook.fill(workbook);
        riverside = workbook.practices().list().getFirst();
        window = new MainWindow(workbook, BackgroundTasks.immediate(), CLOCK, stage::close,
                new ResponseExchangeWindowTest.AnsweringPicker());
        scene = new Scene(window.root(), 1000, 900);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.leave()).get();
        workbook.close();
    }

    private void openPlan(FxRobot robot) {
        robot.clickOn("Riverside Surgery (Y99901)");
        robot.clickOn("#open-action-plan");
    }

    /** Opens the plan on its Plan tab, past the new round's review. */
    private void openPlanTab(FxRobot robot) {
        openPlan(robot);
        robot.clickOn("Plan");
    }

    private List<PlannedAction> stored() {
        return workbook.actions().list(riverside.id());
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void the_new_rounds_review_lists_last_rounds_open_actions_and_each_decision_is_kept(FxRobot robot) {
        openPlan(robot);

        assertThat(text(robot, "#action-review-heading"))
                .isEqualTo("Review first: 7 open actions from before 6-month review September 2027");
        var pcn = stored().stream().filter(a -> a.title().startsWith("Agree what management support")).findFirst()
                .orElseThrow();
        var pathway = stored().stream().filter(a -> a.title().startsWith("A career pathway")).findFirst()
                .orElseThrow();
        robot.clickOn("#review-done-" + pcn.id());
        robot.clickOn("#review-carried-forward-" + pathway.id());

        assertThat(text(robot, "#action-review-heading")).startsWith("Review first: 5 open actions");
        assertThat(workbook.actions().reviewedAt(workbook.rounds().list(riverside.id()).getFirst().id()))
                .containsEntry(pcn.id(), ActionReview.DONE).containsEntry(pathway.id(), ActionReview.CARRIED_FORWARD);
        assertThat(workbook.actions().findByPublicId(pcn.publicId()).orElseThrow().status())
                .isEqualTo(PlannedAction.Status.DONE);
        assertThat(workbook.actions().findByPublicId(pathway.publicId()).orElseThrow().status())
                .isEqualTo(PlannedAction.Status.NOT_STARTED);
        ScreenSnapshots.save(scene.getRoot(), "action-plan-review-normal");
        robot.interact(() -> window.setTextSize(TextSize.EXTRA_LARGE));
        ScreenSnapshots.save(scene.getRoot(), "action-plan-review-extra-large");

        // Back and in again: what was decided is not asked again.
        robot.interact(() -> window.setTextSize(TextSize.NORMAL));
        robot.clickOn("#action-plan-back");
        robot.clickOn("#open-action-plan");
        assertThat(text(robot, "#action-review-heading")).startsWith("Review first: 5 open actions");
    }

    @Test
    void a_suggestion_becomes_an_action_in_one_click_and_its_edits_are_saved_as_typed(FxRobot robot) throws Exception {
        openPlan(robot);
        int before = stored().size();
        robot.clickOn("Suggestions");
        ScreenSnapshots.save(scene.getRoot(), "action-plan-suggestions-normal");
        var adopt = robot.lookup(".suggestion-button").queryAllAs(Button.class).stream()
                .filter(b -> b.getText().startsWith("+ ")).findFirst().orElseThrow();
        String suggested = adopt.getText().substring(2);
        Platform.runLater(adopt::fire);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(stored()).hasSize(before + 1);
        PlannedAction added = stored().getLast();
        assertThat(added.title()).isEqualTo(suggested);
        assertThat(added.linkedItems()).hasSize(1);
        assertThat(added.description()).startsWith("Why: ");
        // The plan shows it in the editor, with the keyboard in its title.
        assertThat(robot.lookup("#action-title").queryAs(javafx.scene.control.TextArea.class).getText())
                .isEqualTo(suggested);

        robot.clickOn("#action-owner").write("Sam Patel (practice manager)");
        robot.clickOn("#action-anchor").write("Dr Helen Price");
        robot.clickOn("#action-title");
        assertThat(workbook.actions().findByPublicId(added.publicId()).orElseThrow())
                .satisfies(a -> assertThat(a.owner()).isEqualTo("Sam Patel (practice manager)"))
                .satisfies(a -> assertThat(a.anchor()).isEqualTo("Dr Helen Price"));

        // Typed and left alone: saved after a short pause, with no need to move on.
        robot.interact(() -> robot.lookup("#action-measure").query().requestFocus());
        robot.write("Kept in 10 weeks of 12 – £0 extra");
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> "Kept in 10 weeks of 12 – £0 extra"
                .equals(workbook.actions().findByPublicId(added.publicId()).orElseThrow().successMeasure()));
        ScreenSnapshots.save(scene.getRoot(), "action-plan-editor-normal");
        robot.interact(() -> window.setTextSize(TextSize.EXTRA_LARGE));
        ScreenSnapshots.save(scene.getRoot(), "action-plan-editor-extra-large");
    }

    @Test
    void a_title_emptied_keeps_the_saved_title_says_so_and_still_saves_everything_else(FxRobot robot) {
        openPlanTab(robot);
        var list = robot.lookup("#action-list").<ActionRow>queryListView();
        robot.interact(() -> list.getSelectionModel().select(0));
        PlannedAction chosen = list.getSelectionModel().getSelectedItem().action();

        robot.clickOn("#action-title").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL)
                .type(KeyCode.BACK_SPACE);
        robot.clickOn("#action-owner").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL)
                .write("Lead nurse");
        robot.clickOn("#action-anchor");

        assertThat(robot.lookup("#action-title-problem").queryAs(Label.class).isVisible()).isTrue();
        assertThat(text(robot, "#action-title-problem")).startsWith("The action needs a title")
                .contains("Everything else is saved");
        var saved = workbook.actions().findByPublicId(chosen.publicId()).orElseThrow();
        assertThat(saved.title()).isEqualTo(chosen.title());
        assertThat(saved.owner()).isEqualTo("Lead nurse");
        // The empty title is left for the person to retype, not put back under their hands.
        assertThat(robot.lookup("#action-title").queryAs(javafx.scene.control.TextArea.class).getText()).isEmpty();
    }

    @Test
    void overdue_actions_say_so_in_words_and_the_plan_filters_sorts_and_finds(FxRobot robot) {
        openPlanTab(robot);
        assertThat(text(robot, "#action-overdue")).isEqualTo("\u26a0 4 actions are overdue");
        javafx.scene.control.ListView<ActionRow> table = robot.lookup("#action-list").queryListView();
        // Open actions by due date, soonest first; overdue ones carry the words, not only a colour.
        var dues = table.getItems().stream().map(r -> r.action().dueOn()).toList();
        assertThat(dues).isSorted();
        assertThat(robot.lookup(".action-list-facts").queryAllAs(Label.class).stream()
                .filter(l -> l.getParent() != null && l.getParent().getParent() != null
                        && l.getText().contains("(\u26a0 overdue)")).count())
                .isEqualTo(4);
        assertThat(table.getItems()).hasSize(7);

        robot.interact(() -> robot.lookup("#action-filter").<ActionFilter>queryComboBox().setValue(ActionFilter.DONE));
        assertThat(table.getItems()).hasSize(4).allSatisfy(r -> assertThat(r.action().status())
                .isEqualTo(PlannedAction.Status.DONE));

        robot.interact(() -> robot.lookup("#action-filter").<ActionFilter>queryComboBox().setValue(ActionFilter.ALL));
        robot.clickOn("#action-search").write("PCN");
        assertThat(table.getItems()).extracting(r -> r.action().title())
                .contains("Agree what management support the PCN will give the practice");
        assertThat(table.getItems()).hasSizeLessThan(12).allSatisfy(r -> assertThat(java.util.stream.Stream.of(
                        r.action().title(), r.action().description(), r.action().owner(), r.action().anchor(),
                        r.action().successMeasure()).filter(java.util.Objects::nonNull).anyMatch(t -> t.contains("PCN")))
                .isTrue());
        robot.interact(() -> robot.lookup("#action-order").<ActionOrder>queryComboBox().setValue(ActionOrder.TITLE));
        assertThat(table.getItems()).extracting(r -> r.action().title().toLowerCase(java.util.Locale.UK)).isSorted();
        ScreenSnapshots.save(scene.getRoot(), "action-plan-table-normal");
    }

    @Test
    void past_the_cap_on_high_priorities_the_plan_warns_and_the_cap_is_the_practices_own(FxRobot robot) {
        openPlanTab(robot);
        // The demo has two open high priorities: under five, no warning.
        assertThat(robot.lookup("#action-priority-warning").queryAs(Label.class).isVisible()).isFalse();

        robot.interact(() -> robot.lookup("#action-priority-cap").<javafx.scene.control.Spinner<Integer>>query()
                .getValueFactory().setValue(1));

        assertThat(text(robot, "#action-priority-warning"))
                .startsWith("\u26a0 2 high-priority actions are open, more than your limit of 1");
        assertThat(workbook.actions().priorityCap(riverside.id())).isEqualTo(1);
    }

    @Test
    void a_new_round_offers_the_review_of_open_actions_at_once(FxRobot robot) {
        robot.clickOn("Riverside Surgery (Y99901)");
        Platform.runLater(() -> robot.lookup("#add-round").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#new-round-label").write("Annual review March 2028");
        robot.interact(() -> robot.lookup("#new-round-date").<javafx.scene.control.DatePicker>query()
                .setValue(LocalDate.of(2028, 3, 10)));
        robot.clickOn("#add-round-dialog-accept");

        assertThat(robot.lookup("#review-actions-prompt").tryQuery()).isPresent();
        robot.clickOn("#review-actions-prompt-accept");

        assertThat(text(robot, "#action-review-heading"))
                .isEqualTo("Review first: 7 open actions from before Annual review March 2028");
    }

    @Test
    void an_action_of_the_practices_own_needs_a_title_and_a_deleted_one_is_gone_for_good(FxRobot robot) {
        openPlanTab(robot);
        Platform.runLater(() -> robot.lookup("#action-add").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#add-action-dialog-accept");
        assertThat(text(robot, "#add-action-dialog-error")).isEqualTo("Say what will be done: an action needs a title.");
        assertThat(stored()).hasSize(12);

        robot.clickOn("#add-action-title").write("Book the away day for March – café room");
        robot.clickOn("#add-action-dialog-accept");
        assertThat(stored()).extracting(PlannedAction::title).contains("Book the away day for March – café room");
        PlannedAction added = stored().getLast();
        assertThat(added.originRoundId()).as("it belongs to the round the practice is at")
                .isEqualTo(workbook.rounds().list(riverside.id()).getFirst().id());

        Platform.runLater(() -> robot.lookup("#action-delete").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#confirm-delete-action-cancel");
        assertThat(stored()).hasSize(13);
        Platform.runLater(() -> robot.lookup("#action-delete").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#confirm-delete-action-accept");
        assertThat(stored()).hasSize(12).extracting(PlannedAction::publicId).doesNotContain(added.publicId());
        assertThat(robot.lookup("#action-list").<ActionRow>queryListView().getItems())
                .noneMatch(r -> r.action().publicId().equals(added.publicId()));
    }

    @Test
    void printing_where_no_printer_is_set_up_says_so_in_words(FxRobot robot) {
        openPlan(robot);
        robot.clickOn("#action-plan-print");
        WaitForAsyncUtils.waitForFxEvents();
        // The headless platform has no printers, as a fresh laptop may not.
        assertThat(robot.lookup("#status-line").queryAs(Label.class).getText())
                .isEqualTo("\u26a0 No printer is set up on this computer. File > Export report as PDF\u2026 "
                        + "makes a file that prints anywhere");
    }

    @Test
    void an_action_marked_done_under_open_actions_stays_in_the_editor_and_its_edits_stay_its_own(FxRobot robot) {
        openPlanTab(robot);
        var list = robot.lookup("#action-list").<ActionRow>queryListView();
        robot.interact(() -> list.getSelectionModel().select(0));
        PlannedAction first = list.getSelectionModel().getSelectedItem().action();
        PlannedAction second = list.getItems().get(1).action();

        robot.interact(() -> robot.lookup("#action-status").<PlannedAction.Status>queryComboBox()
                .setValue(PlannedAction.Status.DONE));
        assertThat(list.getItems()).extracting(r -> r.action().id()).contains(first.id());
        assertThat(robot.lookup("#action-title").queryAs(javafx.scene.control.TextArea.class).getText())
                .isEqualTo(first.title());
        robot.clickOn("#action-owner").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL)
                .write("Dr Helen Price");
        robot.clickOn("#action-anchor");

        var savedFirst = workbook.actions().findByPublicId(first.publicId()).orElseThrow();
        assertThat(savedFirst.status()).isEqualTo(PlannedAction.Status.DONE);
        assertThat(savedFirst.owner()).isEqualTo("Dr Helen Price");
        assertThat(workbook.actions().findByPublicId(second.publicId()).orElseThrow()).isEqualTo(second);

        // Choosing another action lets the finished one leave the open actions.
        robot.interact(() -> list.getSelectionModel().select(list.getItems().stream()
                .filter(r -> r.action().id() == second.id()).findFirst().orElseThrow()));
        assertThat(list.getItems()).extracting(r -> r.action().id()).doesNotContain(first.id());
        assertThat(robot.lookup("#action-title").queryAs(javafx.scene.control.TextArea.class).getText())
                .isEqualTo(second.title());
    }

    @Test
    void a_review_decision_keeps_what_was_edited_on_the_plan_since_it_opened(FxRobot robot) {
        openPlan(robot);
        var pcn = stored().stream().filter(a -> a.title().startsWith("Agree what management support")).findFirst()
                .orElseThrow();
        robot.clickOn("Plan");
        var list = robot.lookup("#action-list").<ActionRow>queryListView();
        robot.interact(() -> list.getSelectionModel().select(list.getItems().stream()
                .filter(r -> r.action().id() == pcn.id()).findFirst().orElseThrow()));
        robot.clickOn("#action-owner").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL)
                .write("Practice manager");
        robot.clickOn("#action-anchor");

        robot.clickOn("#action-tab-review .tab-label");
        robot.clickOn("#review-carried-forward-" + pcn.id());

        var saved = workbook.actions().findByPublicId(pcn.publicId()).orElseThrow();
        assertThat(saved.owner()).isEqualTo("Practice manager");
        assertThat(saved.status()).isEqualTo(PlannedAction.Status.IN_PROGRESS);
    }

    @Test
    void a_suggestion_taken_up_at_a_new_round_is_not_asked_to_be_reviewed_at_it(FxRobot robot) {
        robot.clickOn("Riverside Surgery (Y99901)");
        Platform.runLater(() -> robot.lookup("#add-round").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#new-round-label").write("Annual review March 2028");
        robot.interact(() -> robot.lookup("#new-round-date").<javafx.scene.control.DatePicker>query()
                .setValue(LocalDate.of(2028, 3, 10)));
        robot.clickOn("#add-round-dialog-accept");
        robot.clickOn("#review-actions-prompt-accept");
        robot.clickOn("Suggestions");
        var adopt = robot.lookup(".suggestion-button").queryAllAs(Button.class).stream()
                .filter(b -> b.getText().startsWith("+ ")).findFirst().orElseThrow();
        Platform.runLater(adopt::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stored()).hasSize(13);

        robot.clickOn("#action-plan-back");
        robot.clickOn("#open-action-plan");
        assertThat(text(robot, "#action-review-heading"))
                .isEqualTo("Review first: 7 open actions from before Annual review March 2028");
    }
}
