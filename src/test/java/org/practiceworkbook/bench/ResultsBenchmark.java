package org.practiceworkbook.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.practiceworkbook.pack.PackReader;
import org.practiceworkbook.store.Workbook;
import org.practiceworkbook.ui.Theme;
import org.practiceworkbook.ui.common.BackgroundTasks;
import org.practiceworkbook.ui.common.Feedback;
import org.practiceworkbook.ui.respondents.RespondentsViewModel;
import org.practiceworkbook.ui.results.ResultsView;
import org.practiceworkbook.ui.results.ResultsViewModel;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The results screen on the store benchmark's 144,000-answer workbook (docs/benchmarks.md): opening one practice's
 * results, then switching between its rounds, timed until the charts are laid out and drawn. Prints figures.
 */
@Tag("benchmark")
@ExtendWith(ApplicationExtension.class)
class ResultsBenchmark {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void results_figures() throws Exception {
        Path file = Path.of("target", "benchmark", "results-source.mv.db");
        Files.createDirectories(file.getParent());
        Files.deleteIfExists(file);
        var reader = new PackReader();
        try (Workbook workbook = Workbook.open(file, reader)) {
            var pack = reader.read("bench.json", StoreBenchmark.benchPack().getBytes(StandardCharsets.UTF_8));
            workbook.packs().store(pack);
            new StoreBenchmark().fill(workbook, pack.questionnaire());
        }
        try (Workbook workbook = Workbook.open(file, reader)) {
            var practice = workbook.practices().list().get(7);
            var questionnaires = List.of(new RespondentsViewModel.Choice("bench", "Benchmark questionnaire"));
            double[] opens = new double[5];
            double[] switches = new double[40];
            double[] heavy = new double[40];
            for (int run = 0; run < opens.length; run++) {
                long start = System.nanoTime();
                var model = WaitForAsyncUtils.asyncFx(() -> new ResultsViewModel(workbook,
                        BackgroundTasks.immediate(), new Feedback(), practice, "bench", -1)).get();
                var view = WaitForAsyncUtils.asyncFx(() -> {
                    var results = new ResultsView(model, questionnaires, new org.practiceworkbook.ui.charts
                            .ChartActions(BackgroundTasks.immediate(), new Feedback(), name -> java.util.Optional.empty()),
                            () -> { });
                    var scene = new Scene(results, 1000, 900);
                    Theme.apply(scene);
                    stage.setScene(scene);
                    stage.show();
                    return results;
                }).get();
                drawn(view);
                opens[run] = (System.nanoTime() - start) / 1e6;
                for (int i = 0; i < switches.length / opens.length; i++) {
                    var rounds = model.loadedProperty().get().rounds();
                    var next = rounds.get(i % rounds.size());
                    long switchStart = System.nanoTime();
                    WaitForAsyncUtils.asyncFx(() -> model.roundProperty().set(next)).get();
                    drawn(view);
                    switches[run * (switches.length / opens.length) + i] = (System.nanoTime() - switchStart) / 1e6;
                }
                // The heaviest tab: 60 items by 12 people, one labelled cell each.
                WaitForAsyncUtils.asyncFx(() -> ((TabPane) view.lookup("#results-tabs")).getSelectionModel().select(3))
                        .get();
                drawn(view);
                for (int i = 0; i < heavy.length / opens.length; i++) {
                    var rounds = model.loadedProperty().get().rounds();
                    var next = rounds.get((i + 1) % rounds.size());
                    long switchStart = System.nanoTime();
                    WaitForAsyncUtils.asyncFx(() -> model.roundProperty().set(next)).get();
                    drawn(view);
                    heavy[run * (heavy.length / opens.length) + i] = (System.nanoTime() - switchStart) / 1e6;
                }
            }
            Arrays.sort(heavy);
            Arrays.sort(opens);
            Arrays.sort(switches);
            System.out.printf("%nPractice Workbook results benchmark (%d cores, Java %s)%n",
                    Runtime.getRuntime().availableProcessors(), Runtime.version());
            System.out.printf("  open one practice's results (4 rounds x 12 people x 60 items read; the sections tab "
                    + "drawn): median %.0f ms%n", opens[opens.length / 2]);
            System.out.printf("  switch round until the charts are drawn, sections tab, n=%d: median %.0f ms, slowest "
                    + "%.0f ms  (goal: < 300 ms)%n", switches.length, switches[switches.length / 2],
                    switches[switches.length - 1]);
            System.out.printf("  the same on the heat map tab (720 cells), n=%d: median %.0f ms, slowest %.0f ms%n%n",
                    heavy.length, heavy[heavy.length / 2], heavy[heavy.length - 1]);
        }
    }

    /** Lays out and draws the visible tab: a snapshot forces the pulse a person would wait for. */
    private static void drawn(ResultsView view) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            view.applyCss();
            view.layout();
            ((TabPane) view.lookup("#results-tabs")).getSelectionModel().getSelectedItem().getContent().snapshot(null, null);
            return null;
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        Platform.requestNextPulse();
    }
}
