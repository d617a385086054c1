package org.practiceworkbook.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.practiceworkbook.ui.common.BackgroundTasks;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A newcomer pausing the mouse over a terse control ("Copy", "Show names", "← Previous") finds words saying what it
 * does: every screen of the demo is walked, and every control with too few words of its own must carry a tooltip.
 */
@ExtendWith(ApplicationExtension.class)
class TooltipAuditTest {

    @TempDir
    static Path folder;

    private WorkbookSession session;
    private Scene scene;
    private final Map<String, List<String>> untipped = new LinkedHashMap<>();

    @Start
    void start(Stage stage) {
        scene = new Scene(new StackPane(), 1100, 900);
        Theme.apply(scene);
        stage.setScene(scene);
        session = new WorkbookSession(folder.resolve("own-" + System.nanoTime()), folder.resolve("demo-" + System.nanoTime()),
                BackgroundTasks.immediate(), Clock.systemUTC(), (root, title) -> scene.setRoot(root),
                e -> { throw new AssertionError(e); }, stage::close, new ResponseExchangeWindowTest.AnsweringPicker());
        session.openDemo();
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> session.close(() -> { })).get();
    }

    private void audit(FxRobot robot, String screen) {
        robot.interact(() -> {
            var problems = AccessibilityAudit.controlsWithoutTooltips(scene.getRoot());
            if (!problems.isEmpty()) {
                untipped.put(screen, problems);
            }
        });
    }

    private static void fire(FxRobot robot, String query) {
        Platform.runLater(() -> ((Button) robot.lookup(query).query()).fire());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void auditEveryTab(FxRobot robot, String screen, String tabsQuery) {
        var tabs = robot.lookup(tabsQuery).queryAs(TabPane.class);
        for (var tab : tabs.getTabs()) {
            robot.interact(() -> tabs.getSelectionModel().select(tab));
            audit(robot, screen + " / " + tab.getText());
        }
    }

    @Test
    void every_terse_control_on_every_screen_explains_itself_in_a_tooltip(FxRobot robot) {
        robot.clickOn("6-month review September 2027");
        robot.interact(() -> robot.lookup("#respondent-list").queryAs(ListView.class).getSelectionModel().select(0));
        audit(robot, "practice");

        fire(robot, "#answer-questionnaire");
        robot.clickOn("#answer-dialog-accept");
        audit(robot, "questionnaire");
        robot.interact(() -> session.window().leave());

        fire(robot, "#open-consensus");
        robot.clickOn("#consensus-dialog-accept");
        robot.clickOn("#scores-revealed");
        audit(robot, "consensus");
        fire(robot, "#consensus-back");

        fire(robot, "#type-paper-scores");
        robot.clickOn("#paper-dialog-accept");
        audit(robot, "paper scores");
        fire(robot, "#paper-back");

        fire(robot, "#see-results");
        robot.clickOn("#results-dialog-accept");
        auditEveryTab(robot, "results", "#results-tabs");
        fire(robot, "#results-back");

        fire(robot, "#open-action-plan");
        auditEveryTab(robot, "action plan", "#action-tabs");

        assertThat(untipped).isEmpty();
    }

    @Test
    void the_audit_names_a_terse_button_without_a_tooltip_and_passes_one_with_words_or_a_tooltip(FxRobot robot) {
        var result = new ArrayList<String>();
        robot.interact(() -> {
            var terse = new Button("Copy");
            terse.setId("copy");
            var keyHint = new Button("Undo (Ctrl+Z)");
            var explained = new Button("Copy");
            explained.setTooltip(new javafx.scene.control.Tooltip("Copy the chart as a picture"));
            var wordy = new Button("Add a person's sheet…");
            result.addAll(AccessibilityAudit.controlsWithoutTooltips(
                    new javafx.scene.layout.VBox(terse, keyHint, explained, wordy)));
        });

        assertThat(result).containsExactly("Button #copy \"Copy\"", "Button \"Undo (Ctrl+Z)\"");
    }
}
