package org.practiceworkbook.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;

import javafx.scene.Scene;
import javafx.scene.control.Label;
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

/** A newcomer opening the demo's results: strong, weak, divided, and what changed in six months, at a glance. */
@ExtendWith(ApplicationExtension.class)
class DemoResultsTest {

    @TempDir
    static Path folder;

    private WorkbookSession session;
    private Scene scene;

    @Start
    void start(Stage stage) {
        scene = new Scene(new StackPane(), 1000, 900);
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
        // As the program does when it ends: on the FX thread, leaving whatever is open first.
        org.testfx.util.WaitForAsyncUtils.asyncFx(() -> session.close(() -> { })).get();
    }

    @Test
    void the_demos_results_say_where_it_is_strong_weak_and_divided_and_show_six_months_of_change(FxRobot robot) {
        robot.clickOn("6-month review September 2027");
        javafx.application.Platform.runLater(() -> ((javafx.scene.control.Button) robot.lookup("#see-results").query()).fire());
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#results-dialog-accept");

        String headline = robot.lookup("#results-headline").queryAs(Label.class).getText();
        assertThat(headline).contains("Strongest: ", "Weakest: ", "The team disagrees on");
        assertThat(robot.lookup("#results-facts").queryAs(Label.class).getText()).contains("+250 since the round before");
        var tabs = robot.lookup("#results-tabs").queryAs(TabPane.class);
        for (String size : new String[] {"normal", "extra-large"}) {
            if (size.equals("extra-large")) {
                robot.interact(() -> session.window().setTextSize(TextSize.EXTRA_LARGE));
            }
            for (var tab : tabs.getTabs()) {
                robot.interact(() -> tabs.getSelectionModel().select(tab));
                ScreenSnapshots.save(scene.getRoot(), "results-" + tab.getId().replace("results-tab-", "") + "-" + size);
            }
        }
        var unnamed = new java.util.ArrayList<String>();
        robot.interact(() -> unnamed.addAll(AccessibilityAudit.unnamedControls(scene.getRoot())));
        assertThat(unnamed).isEmpty();
    }
}
