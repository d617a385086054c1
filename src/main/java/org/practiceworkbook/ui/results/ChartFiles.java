package org.practiceworkbook.ui.results;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.FutureTask;

import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;

import org.practiceworkbook.assessment.Practice;
import org.practiceworkbook.assessment.Round;
import org.practiceworkbook.assessment.RoundResults;
import org.practiceworkbook.assessment.SectionTrend;
import org.practiceworkbook.exchange.AtomicFile;
import org.practiceworkbook.store.Workbook;
import org.practiceworkbook.ui.Theme;
import org.practiceworkbook.ui.TextSize;
import org.practiceworkbook.ui.charts.ChartImages;
import org.practiceworkbook.store.RoundReading;

/**
 * A round's charts drawn to PNG files with no window, for a trainer's slides: the same charts the results screen
 * shows, drawn on JavaFX's headless platform, so it works on a server or in CI with no display.
 */
public final class ChartFiles {

    private static final double WIDTH = 1200;

    private ChartFiles() {
    }

    /**
     * @return the files written: the radar, the items against targets, the spread and the trend; none when nobody
     *         answered the questionnaire in that round
     */
    public static List<Path> render(Workbook workbook, Practice practice, Round round, String packId, Path folder) {
        var history = new ArrayList<RoundResults>();
        var labels = new ArrayList<String>();
        // The rounds up to and including the one asked for, in the order the results screen shows them.
        for (var read : RoundReading.history(workbook, practice, packId)) {
            history.add(read.reading().results(practice));
            labels.add(read.round().label());
            if (read.round().id() == round.id()) {
                break;
            }
        }
        RoundResults results = history.getLast();
        if (results.people().isEmpty()) {
            return List.of();
        }
        String stem = ResultsText.fileStem(practice.name() + " " + round.label() + " " + packId);
        startHeadless();
        String title = practice.name() + " · " + results.questionnaire().title() + " · " + round.label();
        var pictures = onFxThread(() -> {
            var radar = new SectionRadar();
            radar.hideChoices();
            radar.show(results);
            var items = new ItemBars();
            items.show(results);
            var spread = new SpreadDots();
            spread.show(results);
            var trend = new TrendChart();
            trend.show(labels, SectionTrend.of(history));
            return List.of(draw(title, radar), draw(title, items), draw(title, spread), draw(title, trend));
        });
        var written = new ArrayList<Path>();
        String[] names = {"radar", "items", "spread", "trend"};
        for (int i = 0; i < names.length; i++) {
            Path file = folder.resolve(stem + "-" + names[i] + ".png");
            AtomicFile.write(file, pictures.get(i), true);
            written.add(file);
        }
        return written;
    }

    /**
     * A questionnaire's section radar for a printed report: laid out at a screen width, drawn at {@code scale} image
     * pixels per screen pixel (2 for print), with no window. Any thread; the drawing happens on the FX thread.
     */
    public static byte[] radarPng(RoundResults results, double width, double scale) {
        startHeadless();
        return onFxThread(() -> {
            var radar = new SectionRadar();
            radar.hideChoices();
            radar.show(results);
            var page = new javafx.scene.layout.VBox(radar);
            double height = layOut(page, width);
            var parameters = new javafx.scene.SnapshotParameters();
            parameters.setFill(javafx.scene.paint.Color.WHITE);
            parameters.setTransform(javafx.scene.transform.Transform.scale(scale, scale));
            parameters.setViewport(new javafx.geometry.Rectangle2D(0, 0, Math.ceil(width * scale),
                    Math.ceil(height * scale)));
            return ChartImages.pngBytes(page.snapshot(parameters, null));
        });
    }

    /** Lays a chart out at slide width on a white page under a title saying whose it is, as PNG bytes. */
    private static byte[] draw(String title, Parent chart) {
        var heading = new javafx.scene.control.Label(title);
        heading.getStyleClass().add("results-headline");
        var page = new javafx.scene.layout.VBox(heading, chart);
        layOut(page, WIDTH);
        return ChartImages.pngBytes(ChartImages.snapshot(page));
    }

    /** Styles and lays out a white chart page at a width, off screen, at normal text size; returns its height. */
    private static double layOut(javafx.scene.layout.VBox page, double width) {
        page.getStyleClass().addAll("chart-page", TextSize.NORMAL.styleClass());
        var scene = new Scene(page, width, 10);
        Theme.apply(scene);
        page.applyCss();
        double height = Math.max(200, page.prefHeight(width));
        page.resize(width, height);
        page.layout();
        return height;
    }

    /** Starts JavaFX with no display, unless it is already running (inside the window, or in tests). */
    private static void startHeadless() {
        if (System.getProperty("glass.platform") == null) {
            System.setProperty("glass.platform", "Headless");
            System.setProperty("prism.order", "sw");
        }
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // The toolkit is up already: the charts are drawn on it as they are.
        }
    }

    private static <T> T onFxThread(java.util.concurrent.Callable<T> work) {
        if (Platform.isFxApplicationThread()) {
            try {
                return work.call();
            } catch (Exception e) {
                throw new IllegalStateException("the charts could not be drawn: " + e, e);
            }
        }
        var task = new FutureTask<>(work);
        Platform.runLater(task);
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while drawing charts", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("the charts could not be drawn: " + e.getCause(), e.getCause());
        }
    }
}
