package org.practiceworkbook.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.practiceworkbook.assessment.PlannedAction;
import org.practiceworkbook.demo.DemoWorkbook;
import org.practiceworkbook.pack.PackReader;
import org.practiceworkbook.store.Workbook;
import org.practiceworkbook.ui.actions.PrintedPlan;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The action plan as the printer gets it: A4 pages, every action but the dropped, headers repeated, numbered. */
@ExtendWith(ApplicationExtension.class)
class PrintedPlanTest {

    /** An A4 page less JavaFX's default margins, in points. */
    private static final double WIDTH = 523;
    private static final double HEIGHT = 770;

    @TempDir
    static Path folder;

    @Start
    void start(Stage stage) {
        // The pages are laid out off screen; the toolkit only needs to be running.
    }

    @Test
    void thirty_actions_fill_several_numbered_pages_each_with_the_header_and_none_dropped() throws Exception {
        List<PlannedAction> plan;
        try (Workbook workbook = Workbook.open(folder.resolve("plan"), new PackReader())) {
            DemoWorkbook.fill(workbook);
            plan = new ArrayList<>(workbook.actions().list(workbook.practices().list().getFirst().id()));
        }
        var demo = List.copyOf(plan);
        for (int i = 0; plan.size() < 30; i++) {
            var copy = demo.get(i % demo.size());
            plan.add(new PlannedAction(100 + i, UUID.randomUUID(), copy.practiceId(), null, copy.title() + " (" + i
                    + ")", copy.description(), copy.owner(), copy.anchor(), copy.dueOn(), copy.priority(),
                    copy.status(), copy.successMeasure(), copy.reviewOn(), copy.linkedItems()));
        }

        List<Region> pages = WaitForAsyncUtils.asyncFx(() -> new PrintedPlan("Riverside Surgery", plan,
                item -> "Statement of " + item.itemId(), LocalDate.of(2027, 9, 20)).pages(WIDTH, HEIGHT)).get();

        assertThat(pages.size()).isGreaterThan(2);
        var everyText = new ArrayList<String>();
        for (int i = 0; i < pages.size(); i++) {
            Region page = pages.get(i);
            var texts = WaitForAsyncUtils.asyncFx(() -> texts(page)).get();
            everyText.addAll(texts);
            assertThat(texts).as("page %d", i + 1).contains("Page " + (i + 1) + " of " + pages.size(), "Action",
                    "Owner and anchor", "Due", "Priority and status");
            assertThat(texts.stream().anyMatch(t -> t.startsWith("Action plan \u00b7 Riverside Surgery"))).isTrue();
            double used = WaitForAsyncUtils.asyncFx(() -> contentHeight(page)).get();
            assertThat(used).as("page %d's content height", i + 1).isLessThanOrEqualTo(HEIGHT);
            ScreenSnapshots.save(page, "printed-plan-page-" + (i + 1));
        }
        for (PlannedAction action : plan) {
            if (action.status() == PlannedAction.Status.DROPPED) {
                assertThat(everyText).doesNotContain(action.title());
            } else {
                assertThat(everyText).contains(action.title());
            }
        }
        assertThat(everyText.stream().filter(t -> t.startsWith("\u26a0 Overdue\n")).count()).isEqualTo(9);
    }

    private static List<String> texts(Node node) {
        var out = new ArrayList<String>();
        if (node instanceof Label label) {
            out.add(label.getText());
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> out.addAll(texts(child)));
        }
        return out;
    }

    /** How tall the page's content is when laid out at the page's width. */
    private static double contentHeight(Region page) {
        var scene = new javafx.scene.Scene(new javafx.scene.Group(page));
        Theme.apply(scene);
        page.applyCss();
        page.resize(WIDTH, HEIGHT);
        page.layout();
        return ((javafx.scene.layout.VBox) page).getChildren().stream().filter(n -> n.isManaged())
                .mapToDouble(n -> n.getBoundsInParent().getHeight()).sum();
    }
}
