package org.practiceworkbook.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.practiceworkbook.assessment.Answer;
import org.practiceworkbook.assessment.AnswerValue;
import org.practiceworkbook.assessment.Consensus;
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

/** A practice looking at its results: known answers in two rounds, and the numbers each chart must show. */
@ExtendWith(ApplicationExtension.class)
class ResultsViewTest {

    private static final Instant AT = Instant.parse("2027-03-14T09:00:00Z");

    @TempDir
    static Path folder;

    private Workbook workbook;
    private Scene scene;
    private MainWindow window;
    private List<Item> items;

    @Start
    void start(Stage stage) {
        workbook = Workbook.open(folder.resolve("results-" + System.nanoTime()), new PackReader());
        var practice = workbook.practices().add("Riverside Surgery", null, OrganisationalModel.PARTNERSHIP, null, null);
        var baseline = workbook.rounds().add(practice.id(), "Baseline", LocalDate.of(2027, 3, 14),
                new RoundFacts(9800, new java.math.BigDecimal("2.45"), 4, 3, 3));
        var review = workbook.rounds().add(practice.id(), "Review", LocalDate.of(2027, 9, 14),
                new RoundFacts(10050, new java.math.BigDecimal("2.80"), 4, 3, 3));
        var capacity = workbook.packs().load(workbook.questionnaireFor(baseline.id(), "capacity"));
        workbook.questionnaireFor(review.id(), "capacity");
        items = capacity.sections().getFirst().items();        // the first section: three items
        // Baseline: a partner 1, 2, 3 and a nurse 3, 2, don't know; the group agreed 2 on the first item.
        answer(baseline, Role.GP_PARTNER, 1, 2, 3);
        answer(baseline, Role.NURSE, 3, 2, 0);
        workbook.consensus().save(baseline.id(), "capacity", new Consensus(items.get(0).id(), AnswerValue.level(2), null, AT));
        workbook.consensus().setTarget(baseline.id(), "capacity", items.get(0).id(), 4);
        // Review: the partner alone, 3, 3, 3.
        answer(review, Role.GP_PARTNER, 3, 3, 3);
        window = new MainWindow(workbook, BackgroundTasks.immediate(), Clock.systemUTC(), stage::close);
        scene = new Scene(window.root(), 1000, 860);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    private void answer(Round round, Role role, int... levels) {
        var person = workbook.respondents().add(round.id(), null, role);
        for (int i = 0; i < levels.length; i++) {
            workbook.answers().save(person.id(), "capacity", new Answer(items.get(i).id(),
                    levels[i] == 0 ? AnswerValue.DONT_KNOW : AnswerValue.level(levels[i]), null, AT));
        }
    }

    @AfterEach
    void close() {
        workbook.close();
    }

    private List<String> texts(FxRobot robot, String grid) {
        return robot.lookup(grid).queryAs(GridPane.class).getChildren().stream()
                .filter(n -> n instanceof Label).map(n -> ((Label) n).getText()).toList();
    }

    private void openResults(FxRobot robot, String round) {
        robot.clickOn(round);
        javafx.application.Platform.runLater(() -> ((javafx.scene.control.Button) robot.lookup("#see-results").query()).fire());
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#results-dialog-accept");
    }

    @Test
    void a_rounds_charts_hold_exactly_the_scores_targets_and_answers_given(FxRobot robot) {
        openResults(robot, "Baseline");

        // First section: item 1 agreed 2 (25%), item 2 mean 2 (25%), item 3 the partner's 3 (50%): mean 2.33, 33%.
        assertThat(texts(robot, "#results-sections")).containsSequence("Protected time for improvement", "33%");
        assertThat(texts(robot, "#results-sections")).contains("Partners", "Nurses");
        var radar = robot.lookup("#results-radar").queryAs(org.practiceworkbook.ui.charts.RadarChart.class);
        assertThat(radar.axes()).first().isEqualTo("Protected time for improvement");
        assertThat(radar.series()).extracting(s -> s.name()).containsExactly("Whole team");
        assertThat(radar.series().getFirst().describe(0)).isEqualTo("33% (level 2.3 of 5)");
        robot.clickOn("#radar-group-nurses");
        assertThat(radar.series()).extracting(s -> s.name()).containsExactly("Whole team", "Nurses");
        // The nurse's own 3 and 2: level 2.5, which is 37.5% of the way up a five-level scale.
        assertThat(radar.series().get(1).describe(0)).isEqualTo("38% (level 2.5 of 5)");
        robot.clickOn("Items and targets");
        assertThat(texts(robot, "#results-items")).contains("Level 2 of 5 (25%) agreed · target 4 · 2 levels short · "
                + "⚠ disagreement");
        robot.clickOn("Heat map");
        assertThat(texts(robot, "#results-heat-map")).containsSequence("1", "3").contains("DK");
        assertThat(robot.lookup("#results-facts").queryAs(Label.class).getText())
                .isEqualTo("List size 9,800 · management staff 2.45 WTE, 0.25 per 1,000 patients");
        assertThat(robot.lookup("#results-headline").queryAs(Label.class).getText()).contains("disagrees on 1 item");
    }

    @Test
    void the_trend_shows_both_rounds_and_the_change_in_points(FxRobot robot) {
        openResults(robot, "Review");
        robot.clickOn("Over time");

        var lines = robot.lookup("#trend-lines").queryAs(javafx.scene.chart.LineChart.class);
        @SuppressWarnings("unchecked")
        var first = (javafx.scene.chart.XYChart.Series<String, Number>) lines.getData().getFirst();
        assertThat(first.getData()).extracting(d -> d.getXValue()).containsExactly("Baseline", "Review");
        assertThat(first.getData().get(1).getYValue().doubleValue()).isEqualTo(50.0);
        // 33.3% then 50%: up 17 points.
        assertThat(texts(robot, "#trend-changes")).containsSequence("Protected time for improvement", "33%", "50%",
                "+17 points");
        assertThat(robot.lookup("#results-facts").queryAs(Label.class).getText()).startsWith("List size 10,050 (+250 since");
    }

    @Test
    void practices_stand_side_by_side_against_the_groups_median(FxRobot robot) {
        var hillside = workbook.practices().add("Hillside", null, OrganisationalModel.PARTNERSHIP, null, null);
        var round = workbook.rounds().add(hillside.id(), "Spring", LocalDate.of(2027, 4, 1), RoundFacts.NONE);
        workbook.questionnaireFor(round.id(), "capacity");
        answer(round, Role.PRACTICE_MANAGER, 5, 5, 5);
        robot.interact(() -> window.practices().load());
        // The practice in the list, not its name in the heading beside it.
        robot.clickOn(robot.lookup("#practice-list .list-cell").match(
                org.testfx.matcher.control.LabeledMatchers.hasText("Riverside Surgery")).queryLabeled());
        openResults(robot, "Baseline");

        robot.clickOn("Across practices");

        // Newest rounds with answers: Riverside's Review (50%) and Hillside's Spring (100%); the median is 75%.
        assertThat(texts(robot, "#results-comparison")).containsSequence("Hillside (Spring)", "100% (+25 points)")
                .containsSequence("Riverside Surgery (Review)", "50% (−25 points)")
                .containsSequence("Median of the group", "75%");
    }

    @Test
    void looking_at_results_writes_nothing_and_a_questionnaire_nobody_answered_says_so(FxRobot robot) {
        var practice = workbook.practices().findByName("Riverside Surgery").orElseThrow();
        openResults(robot, "Baseline");

        robot.clickOn("#results-questionnaire").clickOn("Management and improvement skills");

        assertThat(robot.lookup("#results-headline").queryAs(Label.class).getText())
                .isEqualTo("Nobody has answered this questionnaire in this round yet.");
        for (var round : workbook.rounds().list(practice.id())) {
            assertThat(workbook.rounds().questionnaires(round.id())).extracting(ref -> ref.id()).containsExactly("capacity");
        }
    }

    @Test
    void the_heat_map_names_people_only_when_the_workshop_shows_names(FxRobot robot) {
        var practice = workbook.practices().findByName("Riverside Surgery").orElseThrow();
        var review = workbook.rounds().findByLabel(practice.id(), "Review").orElseThrow();
        var sam = workbook.respondents().add(review.id(), "Sam Patel", Role.PRACTICE_MANAGER);
        workbook.answers().save(sam.id(), "capacity", new Answer(items.get(0).id(), AnswerValue.level(2), null, AT));
        openResults(robot, "Review");
        robot.clickOn("Heat map");
        assertThat(texts(robot, "#results-heat-map")).contains("GP partner 1", "Practice manager 1")
                .doesNotContain("Sam Patel");
        robot.clickOn("#results-back");

        workbook.workshops().save(review.id(), workbook.workshops().settings(review.id()).withNamesShown(true));
        openResults(robot, "Review");
        robot.clickOn("Heat map");
        assertThat(texts(robot, "#results-heat-map")).contains("Sam Patel", "GP partner 1");
    }
}
