package org.practiceworkbook.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;

import javafx.scene.Scene;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.practiceworkbook.assessment.OrganisationalModel;
import org.practiceworkbook.assessment.RoundFacts;
import org.practiceworkbook.pack.PackReader;
import org.practiceworkbook.store.Workbook;
import org.practiceworkbook.ui.common.BackgroundTasks;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The main window at every text size: snapshots to look at, and a check that nothing spills out of the window. */
@ExtendWith(ApplicationExtension.class)
class MainWindowSnapshotTest {

    @TempDir
    static Path folder;

    private Workbook workbook;
    private MainWindow window;
    private Scene scene;

    @Start
    void start(Stage stage) {
        workbook = Workbook.open(folder.resolve("snap-" + System.nanoTime()), new PackReader());
        var practice = workbook.practices().add("Riverside Surgery", "A81001", OrganisationalModel.PARTNERSHIP,
                "Riverside and Vale PCN", "Vale GP Federation");
        workbook.practices().add("Hillside Medical Centre", null, OrganisationalModel.SUPER_PARTNERSHIP, null, null);
        workbook.rounds().add(practice.id(), "Baseline March 2027", LocalDate.of(2027, 3, 14),
                new RoundFacts(9800, new BigDecimal("2.5"), 4, 3, 2));
        workbook.rounds().add(practice.id(), "6-month review", LocalDate.of(2027, 9, 20),
                new RoundFacts(10150, new BigDecimal("3"), 4, 4, 2));
        window = new MainWindow(workbook, BackgroundTasks.immediate(), java.time.Clock.systemUTC(), stage::close);
        scene = new Scene(window.root(), 1000, 720);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        workbook.close();
    }

    @ParameterizedTest
    @EnumSource(TextSize.class)
    void the_main_window_at_each_text_size(TextSize size, FxRobot robot) {
        robot.interact(() -> {
            window.setTextSize(size);
            window.practices().selectedProperty().set(window.practices().practices().stream()
                    .filter(p -> p.name().startsWith("Riverside")).findFirst().orElseThrow());
        });

        var png = new Path[1];
        robot.interact(() -> png[0] = ScreenSnapshots.save(scene.getRoot(), "main-window-" + size.styleClass()));

        assertThat(png[0]).exists();
    }

    @Test
    void the_audit_names_a_field_nobody_labelled_and_passes_one_with_a_label(FxRobot robot) {
        var result = new java.util.ArrayList<String>();
        robot.interact(() -> {
            var unnamed = new javafx.scene.control.TextField();
            unnamed.setId("mystery");
            var named = new javafx.scene.control.TextField();
            var label = new javafx.scene.control.Label("List size");
            label.setLabelFor(named);
            var iconOnly = new javafx.scene.control.Button("…");
            result.addAll(AccessibilityAudit.unnamedControls(new javafx.scene.layout.VBox(unnamed, label, named, iconOnly)));
        });

        assertThat(result).containsExactly("TextField #mystery", "Button");
    }

    @Test
    void every_interactive_control_of_the_main_window_can_be_announced_by_a_screen_reader(FxRobot robot) {
        robot.interact(() -> window.practices().selectedProperty().set(window.practices().practices().getFirst()));

        assertThat(AccessibilityAudit.unnamedControls(scene.getRoot())).isEmpty();
    }
}
