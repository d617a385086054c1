package org.practiceworkbook.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import javax.imageio.ImageIO;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.image.Image;
import javafx.scene.input.Clipboard;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.practiceworkbook.ui.Theme;
import org.practiceworkbook.ui.charts.RadarChart.Series;
import org.practiceworkbook.ui.common.BackgroundTasks;
import org.practiceworkbook.ui.common.Feedback;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A chart leaving the program: as a PNG file, on the clipboard, through its Copy and Save buttons. */
@ExtendWith(ApplicationExtension.class)
class ChartImagesTest {

    @TempDir
    Path folder;

    private RadarChart chart;
    private final Feedback feedback = new Feedback();
    private Path chosen;
    private String suggested;
    private ContextMenu menu;

    @Start
    void start(Stage stage) {
        chart = new RadarChart();
        chart.setTitle("Management capacity");
        chart.show(RadarChartTest.SECTIONS.subList(0, 4), List.of(
                new Series("Consensus", List.of(RadarChartTest.values(30.0, 55.0, 70.0, null)))));
        chart.setPrefSize(500, 420);
        var actions = new ChartActions(BackgroundTasks.immediate(), feedback, name -> {
            suggested = name;
            return Optional.ofNullable(chosen);
        });
        var root = new VBox(chart, actions.buttons(chart, "radar", () -> "Management capacity.png"));
        menu = actions.installContextMenu(chart, "radar", () -> "Management capacity.png");
        root.getStyleClass().add("text-normal");
        var scene = new Scene(root, 520, 500);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void a_saved_png_has_the_charts_size_and_shows_the_chart(FxRobot robot) throws Exception {
        Path file = folder.resolve("chart.png");

        robot.interact(() -> ChartImages.savePng(chart, file));

        BufferedImage picture = ImageIO.read(file.toFile());
        assertThat(picture.getWidth()).isEqualTo((int) Math.ceil(chart.getWidth()));
        assertThat(picture.getHeight()).isEqualTo((int) Math.ceil(chart.getHeight()));
        assertThat(picture.getRGB(0, 0) & 0xffffff).as("a white background").isEqualTo(0xffffff);
        long drawn = 0;
        for (int y = 0; y < picture.getHeight(); y++) {
            for (int x = 0; x < picture.getWidth(); x++) {
                drawn += (picture.getRGB(x, y) & 0xffffff) == 0xffffff ? 0 : 1;
            }
        }
        assertThat(drawn).as("pixels of rings, outline and labels").isGreaterThan(2000);
    }

    @Test
    void copy_puts_the_charts_picture_on_the_clipboard(FxRobot robot) {
        robot.clickOn("#radar-copy");

        var image = new Image[1];
        robot.interact(() -> image[0] = Clipboard.getSystemClipboard().getImage());
        assertThat(feedback.messageProperty().get()).startsWith("Copied the chart");
        assertThat(image[0]).isNotNull();
        assertThat(image[0].getWidth()).isEqualTo(Math.ceil(chart.getWidth()));
    }

    @Test
    void save_as_png_suggests_a_name_and_writes_the_file_chosen(FxRobot robot) throws Exception {
        chosen = folder.resolve("riverside capacity");

        robot.clickOn("#radar-save");

        assertThat(suggested).isEqualTo("Management capacity.png");
        Path written = folder.resolve("riverside capacity.png");
        assertThat(ImageIO.read(written.toFile()).getWidth()).isEqualTo((int) Math.ceil(chart.getWidth()));
        assertThat(feedback.messageProperty().get()).isEqualTo("Saved the chart as " + written);
        assertThat(feedback.problemProperty().get()).isFalse();
    }

    @Test
    void cancelling_the_save_dialog_writes_nothing(FxRobot robot) throws Exception {
        chosen = null;

        robot.clickOn("#radar-save");

        try (var files = Files.list(folder)) {
            assertThat(files).isEmpty();
        }
        assertThat(feedback.messageProperty().get()).isEmpty();
    }

    @Test
    void the_buttons_and_the_context_menu_say_what_they_do(FxRobot robot) {
        assertThat(robot.lookup("#radar-copy").queryAs(Button.class).getAccessibleText())
                .isEqualTo("Copy the chart as a picture");
        assertThat(robot.lookup("#radar-save").queryAs(Button.class).getAccessibleText())
                .isEqualTo("Save the chart as a PNG picture");

        robot.rightClickOn(chart);
        assertThat(menu.isShowing()).isTrue();
        assertThat(menu.getItems()).extracting(MenuItem::getText).containsExactly("Copy", "Save as PNG…");
        chosen = folder.resolve("from-menu.png");
        robot.clickOn(List.copyOf(menu.getSkin().getNode().lookupAll(".menu-item")).get(1));

        assertThat(folder.resolve("from-menu.png")).exists();
        assertThat(menu.isShowing()).isFalse();
    }
}
