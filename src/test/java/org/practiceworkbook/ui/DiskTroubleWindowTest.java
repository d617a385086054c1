package org.practiceworkbook.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.practiceworkbook.assessment.AnswerValue;
import org.practiceworkbook.assessment.OrganisationalModel;
import org.practiceworkbook.assessment.Practice;
import org.practiceworkbook.assessment.Respondent;
import org.practiceworkbook.assessment.Role;
import org.practiceworkbook.assessment.RoundFacts;
import org.practiceworkbook.pack.PackReader;
import org.practiceworkbook.store.Disk;
import org.practiceworkbook.store.FailingDisk;
import org.practiceworkbook.store.Workbook;
import org.practiceworkbook.ui.common.BackgroundTasks;
import org.practiceworkbook.ui.walkthrough.WalkthroughLoader;
import org.practiceworkbook.ui.walkthrough.WalkthroughViewModel;
import org.practiceworkbook.ui.walkthrough.WalkthroughViewModel.SaveState;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The window on a workbook whose disk is in trouble: read-only, or refusing writes part-way through. */
@ExtendWith(ApplicationExtension.class)
class DiskTroubleWindowTest {

    static final PackReader READER = new PackReader();
    static final String READ_ONLY_START = "This workbook is read-only: its file, or the folder it is in, cannot be "
            + "written to";

    @TempDir
    Path folder;

    private Stage stage;
    private final List<Workbook> opened = new ArrayList<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() {
        FailingDisk.stopFailing(folder);
        for (Workbook workbook : opened) {
            try {
                workbook.close();
            } catch (RuntimeException ignored) {
                // a workbook whose disk failed may not close cleanly; it is not what these tests look at
            }
        }
    }

    private Workbook open(Path file, Disk disk) {
        Workbook workbook = Workbook.open(file, READER, disk);
        opened.add(workbook);
        return workbook;
    }

    private MainWindow show(Workbook workbook, FxRobot robot) {
        var window = new MainWindow[1];
        robot.interact(() -> {
            window[0] = new MainWindow(workbook, BackgroundTasks.immediate(), Clock.systemUTC(), stage::close);
            var scene = new Scene(window[0].root(), 1000, 720);
            Theme.apply(scene);
            stage.setScene(scene);
            stage.show();
        });
        return window[0];
    }

    private static String status(FxRobot robot) {
        return robot.lookup("#status-line").queryAs(Label.class).getText();
    }

    private Path workbookWithPractice() {
        Path file = folder.resolve("cd");
        try (Workbook workbook = Workbook.open(file, READER)) {
            workbook.practices().add("Riverside Surgery", "A81001", OrganisationalModel.PARTNERSHIP, null, null);
        }
        return file;
    }

    @Test
    void a_read_only_workbook_shows_a_banner_saying_so_and_a_change_is_refused_in_the_same_words(FxRobot robot) {
        Path file = workbookWithPractice();
        MainWindow window = show(open(file, Disk.LOCAL.withWritable(f -> false)), robot);

        Label banner = robot.lookup("#read-only-banner").queryAs(Label.class);
        assertThat(banner.isVisible()).isTrue();
        assertThat(banner.getText()).startsWith(READ_ONLY_START)
                .contains("You can look at it, print and export, but not change it. To change it, copy it to a "
                        + "folder you can write to.");
        assertThat(window.practices().practices()).extracting(Practice::name).containsExactly("Riverside Surgery");
        for (TextSize size : new TextSize[] {TextSize.NORMAL, TextSize.EXTRA_LARGE}) {
            robot.interact(() -> window.setTextSize(size));
            ScreenSnapshots.save(window.root(), "read-only-window-" + size.styleClass());
            // Wrapped, not cut off: the whole text fits inside the window's width at every size.
            assertThat(banner.getHeight()).as("banner height at " + size).isGreaterThan(banner.getFont().getSize() * 2);
            assertThat(banner.getWidth()).isLessThanOrEqualTo(1000);
        }

        robot.interact(() -> window.practices().add("Hillside Medical Centre", null, OrganisationalModel.PARTNERSHIP));

        assertThat(status(robot)).isEqualTo("⚠ " + banner.getText());
        assertThat(window.practices().practices()).extracting(Practice::name).containsExactly("Riverside Surgery");
        assertThat(status(robot)).doesNotContain("org.h2", "General error", "90097");
    }

    @Test
    void a_workbook_that_can_be_written_shows_no_read_only_banner(FxRobot robot) {
        show(open(workbookWithPractice(), Disk.LOCAL), robot);

        assertThat(robot.lookup("#read-only-banner").tryQuery()).isEmpty();
    }

    @Test
    void when_the_disk_fails_the_window_says_the_change_was_not_saved_and_every_answer_acknowledged_before_is_kept(
            FxRobot robot) throws Exception {
        Path file = folder.resolve("usb");
        Workbook workbook = open(file, FailingDisk.disk());
        Practice practice = workbook.practices().add("Riverside Surgery", null, OrganisationalModel.PARTNERSHIP,
                null, null);
        long round = workbook.rounds().add(practice.id(), "Baseline", LocalDate.of(2027, 3, 1), RoundFacts.NONE).id();
        Respondent respondent = workbook.respondents().add(round, null, Role.PRACTICE_MANAGER);
        MainWindow window = show(workbook, robot);
        var walkthrough = new WalkthroughViewModel[1];
        new WalkthroughLoader(workbook, BackgroundTasks.immediate(), Clock.systemUTC())
                .open(practice, respondent, "capacity", loaded -> walkthrough[0] = loaded, e -> {
                    throw new AssertionError(e);
                });
        WalkthroughViewModel answering = walkthrough[0];
        var acknowledged = new ArrayList<String>();
        for (int i = 0; i < 5; i++) {
            answering.choose(AnswerValue.level(3));
            assertThat(answering.saveStateProperty().get()).isEqualTo(SaveState.SAVED);
            acknowledged.add(answering.currentItem().id());
            answering.next();
        }

        FailingDisk.startFailing(folder);
        String refusedItem = answering.currentItem().id();
        answering.choose(AnswerValue.level(4));
        robot.interact(() -> window.practices().add("Hillside Medical Centre", null, OrganisationalModel.PARTNERSHIP));

        assertThat(answering.saveStateProperty().get()).as("the walk-through does not pretend").isEqualTo(SaveState.FAILED);
        assertThat(answering.problemProperty().get()).startsWith("Not saved: The disk would not take this change")
                .contains("Everything saved before it is safe");
        assertThat(status(robot)).startsWith("⚠ The disk would not take this change, so it was NOT saved")
                .doesNotContain("org.h2", "General error", "MVStore");
        assertThat(window.practices().practices()).extracting(Practice::name).containsExactly("Riverside Surgery");
        ScreenSnapshots.save(window.root(), "disk-failed-window");

        opened.remove(workbook);
        try {
            workbook.close();
        } catch (RuntimeException stillFailing) {
            // the disk is still gone
        }
        FailingDisk.stopFailing(folder);
        try (Workbook reopened = Workbook.open(file, READER)) {
            var held = reopened.answers().forRespondent(respondent.id(), "capacity");
            assertThat(held.keySet()).containsAll(acknowledged);
            assertThat(reopened.practices().list()).extracting(Practice::name).containsExactly("Riverside Surgery");
            assertThat(refusedItem).isNotIn(acknowledged);
        }
    }
}
