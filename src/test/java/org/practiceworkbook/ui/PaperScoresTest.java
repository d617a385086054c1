package org.practiceworkbook.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
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
import org.practiceworkbook.assessment.AnswerValue;
import org.practiceworkbook.assessment.OrganisationalModel;
import org.practiceworkbook.assessment.Respondent;
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

/** A facilitator typing in paper score sheets after an away day, by keyboard. */
@ExtendWith(ApplicationExtension.class)
class PaperScoresTest {

    @TempDir
    static Path folder;

    private Workbook workbook;
    private MainWindow window;
    private Scene scene;
    private Round round;
    private Respondent ana;
    private Respondent lee;
    private List<Item> items;

    @Start
    void start(Stage stage) {
        workbook = Workbook.open(folder.resolve("paper-" + System.nanoTime()), new PackReader());
        var practice = workbook.practices().add("Riverside Surgery", null, OrganisationalModel.PARTNERSHIP, null, null);
        round = workbook.rounds().add(practice.id(), "Away day", LocalDate.of(2027, 3, 14), RoundFacts.NONE);
        ana = workbook.respondents().add(round.id(), "Dr Ana Müller", Role.GP_PARTNER);
        lee = workbook.respondents().add(round.id(), null, Role.NURSE);
        var capacity = workbook.packs().latest("capacity").orElseThrow();
        var questionnaire = workbook.packs().load(capacity);
        items = questionnaire.items().filter(i -> i.appliesTo().appliesTo(practice.applicabilityTokens())).toList();
        // The first section is kept for the partners: the nurse's column is closed there.
        workbook.workshops().setPartnersOnly(round.id(), "capacity", questionnaire.sections().getFirst().id(), true);
        window = new MainWindow(workbook, BackgroundTasks.immediate(), Clock.systemUTC(), stage::close);
        scene = new Scene(window.root(), 1000, 860);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        workbook.close();
    }

    private void waitForFirstCell() {
        try {
            org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> {
                var owner = scene.getFocusOwner();
                return owner != null && owner.getId() != null && owner.getId().startsWith("paper-cell-");
            });
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the keyboard never reached the grid's first cell; it is on "
                    + scene.getFocusOwner(), e);
        }
    }

    private AnswerValue held(Respondent person, int item) {
        var answer = workbook.answers().forRespondent(person.id(), "capacity").get(items.get(item).id());
        return answer == null ? null : answer.value();
    }

    private void type(FxRobot robot, KeyCode... keys) {
        for (KeyCode key : keys) {
            robot.type(key);
        }
    }

    @Test
    void sheets_typed_down_each_column_are_saved_as_typed_and_a_partners_only_section_is_stepped_over(FxRobot robot) {
        robot.clickOn("#type-paper-scores");
        robot.clickOn("#paper-dialog-accept");
        assertThat(robot.lookup("#paper-title").queryAs(Label.class).getText())
                .isEqualTo("Paper scores · Management capacity · Away day");
        // The first cell takes the keyboard once the new screen's first pulse has passed; a person starts typing
        // after that, so the test waits for it too (on a loaded machine the keys could otherwise arrive first).
        waitForFirstCell();

        // Ana's sheet, down her column: 2, 3, not applicable, don't know; then a slip on item 4, cleared.
        type(robot, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.N, KeyCode.D, KeyCode.DIGIT5, KeyCode.UP, KeyCode.DELETE);
        assertThat(held(ana, 0)).isEqualTo(AnswerValue.level(2));
        assertThat(held(ana, 1)).isEqualTo(AnswerValue.level(3));
        assertThat(held(ana, 2)).isEqualTo(AnswerValue.NOT_APPLICABLE);
        assertThat(held(ana, 3)).isEqualTo(AnswerValue.DONT_KNOW);
        assertThat(workbook.answers().forRespondent(ana.id(), "capacity")).as("cleared, leaving nothing behind")
                .doesNotContainKey(items.get(4).id());

        // Across to the nurse's column: the partners-only rows are closed to her, so typing lands further down.
        int firstSection = workbook.packs().load(workbook.packs().latest("capacity").orElseThrow()).sections()
                .getFirst().items().size();
        robot.clickOn("#paper-cell-" + firstSection + "-1");
        type(robot, KeyCode.DIGIT4, KeyCode.UP, KeyCode.UP);
        assertThat(held(lee, firstSection)).isEqualTo(AnswerValue.level(4));
        assertThat(robot.lookup("#paper-cell-0-1").queryAs(Label.class).getText()).isEqualTo("–");
        assertThat(scene.getFocusOwner().getId()).as("up stops at the last open cell").isEqualTo("paper-cell-" + firstSection + "-1");
        type(robot, KeyCode.DIGIT9);
        assertThat(held(lee, firstSection)).as("not a level of this scale").isEqualTo(AnswerValue.level(4));
        assertThat(robot.lookup("#paper-cell-1-0").queryAs(Label.class).getAccessibleText())
                .isEqualTo("Item 2, Dr Ana Müller: level 3");
        ScreenSnapshots.save(scene.getRoot(), "paper-scores-normal");
        robot.interact(() -> window.setTextSize(TextSize.EXTRA_LARGE));
        ScreenSnapshots.save(scene.getRoot(), "paper-scores-extra-large");

        robot.type(KeyCode.ESCAPE);
        assertThat(robot.lookup("#paper-scores").tryQuery()).as("Esc goes back to the practice").isEmpty();
    }

    @Test
    void a_sheet_from_someone_new_gets_a_column_of_its_own(FxRobot robot) {
        robot.clickOn("#type-paper-scores");
        robot.clickOn("#paper-dialog-accept");

        robot.clickOn("#paper-add-person");
        robot.clickOn("#paper-person-name").write("Sam Patel");
        robot.clickOn("#paper-person-role").clickOn("Practice manager");
        robot.clickOn("#paper-person-dialog-accept");
        int open = workbook.packs().load(workbook.packs().latest("capacity").orElseThrow()).sections()
                .getFirst().items().size();
        robot.clickOn("#paper-cell-" + open + "-2");
        type(robot, KeyCode.DIGIT1);

        var sam = workbook.respondents().list(round.id()).getLast();
        assertThat(sam.name()).isEqualTo("Sam Patel");
        assertThat(held(sam, open)).isEqualTo(AnswerValue.level(1));
    }
}
