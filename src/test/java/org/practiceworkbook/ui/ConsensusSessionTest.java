package org.practiceworkbook.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.practiceworkbook.assessment.Answer;
import org.practiceworkbook.assessment.AnswerValue;
import org.practiceworkbook.assessment.OrganisationalModel;
import org.practiceworkbook.assessment.Role;
import org.practiceworkbook.assessment.Round;
import org.practiceworkbook.assessment.RoundFacts;
import org.practiceworkbook.pack.PackReader;
import org.practiceworkbook.questionnaire.Item;
import org.practiceworkbook.store.Workbook;
import org.practiceworkbook.ui.common.BackgroundTasks;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A facilitator running a consensus session: hidden scores, reveal, agree by keyboard, present, undo a slip. */
@ExtendWith(ApplicationExtension.class)
class ConsensusSessionTest {

    @TempDir
    static Path folder;

    private Workbook workbook;
    private MainWindow window;
    private Scene scene;
    private Round round;
    private List<Item> items;

    @Start
    void start(Stage stage) {
        workbook = Workbook.open(folder.resolve("consensus-" + System.nanoTime()), new PackReader());
        var practice = workbook.practices().add("Riverside Surgery", null, OrganisationalModel.PARTNERSHIP, null, null);
        round = workbook.rounds().add(practice.id(), "Away day", LocalDate.of(2027, 3, 14), RoundFacts.NONE);
        var capacity = workbook.packs().latest("capacity").orElseThrow();
        workbook.rounds().useQuestionnaire(round.id(), capacity);
        items = workbook.packs().load(capacity).items()
                .filter(i -> i.appliesTo().appliesTo(practice.applicabilityTokens())).toList();
        // Three people on the first item: 1, 3 and 3, with two notes; on the second, 2 and 2 and don't know.
        answer("Dr Ana Müller", Role.GP_PARTNER, 1, "Never kept in my diary", 2);
        answer("Sam Patel", Role.PRACTICE_MANAGER, 3, "Kept on Tuesdays", 2);
        answer(null, Role.NURSE, 3, null, 0);
        window = new MainWindow(workbook, BackgroundTasks.immediate(), Clock.systemUTC(), stage::close);
        scene = new Scene(window.root(), 1000, 860);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    private void answer(String name, Role role, int first, String note, int second) {
        var person = workbook.respondents().add(round.id(), name, role);
        var at = Instant.parse("2027-03-14T09:00:00Z");
        workbook.answers().save(person.id(), "capacity", new Answer(items.get(0).id(), AnswerValue.level(first), note, at));
        workbook.answers().save(person.id(), "capacity", new Answer(items.get(1).id(),
                second == 0 ? AnswerValue.DONT_KNOW : AnswerValue.level(second), null, at));
    }

    @AfterEach
    void close() {
        workbook.close();
    }

    private String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private AnswerValue agreed(int item) {
        var held = workbook.consensus().forRound(round.id(), "capacity").get(items.get(item).id());
        return held == null ? null : held.value();
    }

    private void openSession(FxRobot robot) {
        robot.clickOn("#open-consensus");
        robot.clickOn("#consensus-dialog-accept");
    }

    @Test
    void scores_stay_hidden_until_revealed_then_the_spread_and_anonymous_notes_show(FxRobot robot) {
        openSession(robot);

        assertThat(text(robot, "#consensus-title")).isEqualTo("Consensus · Management capacity · Away day");
        assertThat(robot.lookup("#scores-hidden").queryAs(Label.class).isVisible()).isTrue();
        assertThat(text(robot, "#scores-hidden")).contains("3 people have answered so far");
        robot.type(KeyCode.DIGIT3);
        assertThat(agreed(0)).as("nothing can be agreed before the scores are seen").isNull();

        robot.clickOn("#reveal-scores");

        assertThat(robot.lookup("#spread-bars").query().getAccessibleText())
                .startsWith("Level 1, Not in place: 1 person. Level 2, Early steps: 0 people. Level 3, Partly in place: 2 people.");
        assertThat(text(robot, "#spread-summary")).isEqualTo("3 people scored 1 to 3 · average 2.3 · ⚠ Disagreement: worth discussing");
        assertThat(robot.lookup("#respondent-notes .label").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("GP partner (scored 1): Never kept in my diary", "Practice manager (scored 3): Kept on Tuesdays");
        ScreenSnapshots.save(scene.getRoot(), "consensus-normal");

        robot.clickOn("#show-names");
        assertThat(robot.lookup("#respondent-notes .label").queryAllAs(Label.class)).extracting(Label::getText)
                .first().isEqualTo("Dr Ana Müller (GP partner) (scored 1): Never kept in my diary");
        robot.interact(() -> window.setTextSize(TextSize.EXTRA_LARGE));
        ScreenSnapshots.save(scene.getRoot(), "consensus-extra-large");
        var unnamed = new java.util.ArrayList<String>();
        robot.interact(() -> unnamed.addAll(AccessibilityAudit.unnamedControls(scene.getRoot())));
        assertThat(unnamed).isEmpty();
    }

    @Test
    void a_whole_session_runs_from_the_keyboard_in_presentation_mode_and_a_stray_key_is_undone(FxRobot robot) {
        openSession(robot);
        robot.clickOn("#reveal-scores");

        robot.type(KeyCode.F5);
        Stage presentation = window.presentation();
        assertThat(presentation).isNotNull();
        assertThat(presentation.isShowing()).isTrue();
        ScreenSnapshots.save(presentation.getScene().getRoot(), "presentation");

        robot.type(KeyCode.DIGIT2);                            // the room agrees 2 on the first item
        assertThat(agreed(0)).isEqualTo(AnswerValue.level(2));
        assertThat(text(robot, "#presentation-agreed")).isEqualTo("Agreed: 2 · Early steps");
        robot.type(KeyCode.RIGHT);
        assertThat(text(robot, "#presentation-position")).contains("Item 2 of");
        robot.type(KeyCode.DIGIT5);                            // a slip...
        assertThat(agreed(1)).isEqualTo(AnswerValue.level(5));
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(agreed(1)).as("...taken back").isNull();
        robot.type(KeyCode.D);
        assertThat(agreed(1)).isEqualTo(AnswerValue.DONT_KNOW);
        robot.type(KeyCode.LEFT);
        assertThat(text(robot, "#presentation-agreed")).isEqualTo("Agreed: 2 · Early steps");
        robot.type(KeyCode.DIGIT9);                            // not a level of this scale: harmless
        assertThat(agreed(0)).isEqualTo(AnswerValue.level(2));
        ScreenSnapshots.save(presentation.getScene().getRoot(), "presentation-agreed");

        // The rest of the questionnaire, item by item, without touching the mouse.
        robot.type(KeyCode.RIGHT, KeyCode.RIGHT);
        for (int item = 2; item < items.size(); item++) {
            robot.type(KeyCode.DIGIT3, KeyCode.RIGHT);
        }
        robot.type(KeyCode.ESCAPE);
        assertThat(presentation.isShowing()).isFalse();
        assertThat(text(robot, "#agreed-count")).isEqualTo(items.size() + " of " + items.size() + " shown items agreed");
        assertThat(workbook.consensus().forRound(round.id(), "capacity")).hasSize(items.size());
    }

    @Test
    void the_projector_view_fits_a_1280_by_720_projector(FxRobot robot) throws Exception {
        openSession(robot);
        robot.clickOn("#reveal-scores");
        robot.type(KeyCode.DIGIT2);
        var consensus = (org.practiceworkbook.ui.consensus.ConsensusView) robot.lookup("#consensus-view").query();

        var projector = org.testfx.util.WaitForAsyncUtils.asyncFx(() -> {
            var view = new org.practiceworkbook.ui.consensus.PresentationView(consensus.model(), () -> { });
            var offscreen = new Scene(view, 1280, 720);
            Theme.apply(offscreen);
            view.applyCss();
            view.layout();
            return view;
        }).get();
        ScreenSnapshots.save(projector, "presentation-1280x720");
        var statement = (Label) projector.lookup("#presentation-statement");
        assertThat(statement.getFont().getSize()).as("type readable from the back of a room").isGreaterThanOrEqualTo(34);
        var agreed = projector.lookup("#presentation-agreed");
        assertThat(agreed.localToScene(agreed.getBoundsInLocal()).getMaxY()).as("nothing below the projector's edge")
                .isLessThan(720);
    }

    @Test
    void the_room_can_take_the_most_disputed_items_first_and_set_a_target_and_a_note(FxRobot robot) {
        openSession(robot);
        robot.clickOn("#reveal-scores");

        robot.clickOn("#only-disagreement");
        assertThat(robot.lookup("#consensus-items").queryListView().getItems()).hasSize(1);
        long synced = workbook.syncCount();
        robot.clickOn("#consensus-note").write("Slot exists on paper; kept one week in four");
        robot.clickOn("#consensus-target").clickOn("Level 4 · Established");
        // Both the note and the target are on the disk itself, not only handed to the operating system.
        assertThat(workbook.syncCount()).isGreaterThanOrEqualTo(synced + 2);

        var held = workbook.consensus().forRound(round.id(), "capacity").get(items.get(0).id());
        assertThat(held.note()).isEqualTo("Slot exists on paper; kept one week in four");
        assertThat(held.value()).isNull();
        assertThat(workbook.consensus().targets(round.id(), "capacity")).containsEntry(items.get(0).id(), 4);
    }
}
