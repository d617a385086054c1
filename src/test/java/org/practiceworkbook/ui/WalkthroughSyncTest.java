package org.practiceworkbook.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.practiceworkbook.assessment.OrganisationalModel;
import org.practiceworkbook.assessment.RoundFacts;
import org.practiceworkbook.pack.PackReader;
import org.practiceworkbook.store.Workbook;
import org.practiceworkbook.ui.common.BackgroundTasks;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Power cuts: the walk-through forces what was answered onto the disk at its resting points (a note left, a section
 * finished, the questionnaire closed), and not after every answer. Counted by the workbook's sync count.
 */
@ExtendWith(ApplicationExtension.class)
class WalkthroughSyncTest {

    @TempDir
    static Path folder;

    private Workbook workbook;
    private Scene scene;

    @Start
    void start(Stage stage) {
        workbook = Workbook.open(folder.resolve("sync-" + System.nanoTime()), new PackReader());
        var practice = workbook.practices().add("Riverside Surgery", "A81001", OrganisationalModel.PARTNERSHIP,
                null, null);
        workbook.rounds().add(practice.id(), "Baseline March 2027", LocalDate.of(2027, 3, 14), RoundFacts.NONE);
        var window = new MainWindow(workbook, BackgroundTasks.immediate(), Clock.systemUTC(), stage::close);
        scene = new Scene(window.root(), 1000, 900);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        workbook.close();
    }

    private String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void answers_are_synced_to_disk_on_leaving_a_note_finishing_a_section_and_closing_the_questionnaire(FxRobot robot) {
        robot.clickOn("#add-respondent");
        robot.clickOn("#new-respondent-name").write("Sam Patel");
        robot.clickOn("#new-respondent-role").clickOn("Practice manager");
        robot.clickOn("#add-respondent-dialog-accept");
        long before = workbook.syncCount();

        robot.type(KeyCode.DIGIT4);
        assertThat(workbook.syncCount()).as("an answer alone: committed, not synced").isEqualTo(before);

        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        robot.write("Diary shows the slot kept");
        robot.clickOn("#next-item");   // leaves the note, and the item, for the section's second item
        // Saved and synced on leaving it (and at any pause in typing, when the robot is slow on a busy machine).
        assertThat(workbook.syncCount()).as("the note left").isGreaterThan(before);
        long noted = workbook.syncCount();

        // Section 1 has three items; the third one's Enter finishes it.
        robot.type(KeyCode.N, KeyCode.ENTER);
        assertThat(workbook.syncCount()).as("moving within the section").isEqualTo(noted);
        robot.type(KeyCode.D, KeyCode.ENTER);
        assertThat(text(robot, "#item-position")).startsWith("Item 4 of 18 · Section 2 of 5");
        assertThat(workbook.syncCount()).as("finishing section 1").isEqualTo(noted + 1);

        robot.clickOn("#back-to-practice");
        assertThat(workbook.syncCount()).as("closing the questionnaire").isEqualTo(noted + 2);
    }
}
