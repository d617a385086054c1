package org.practiceworkbook.ui.charts;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.FlowPane;

import org.practiceworkbook.exchange.AtomicFile;
import org.practiceworkbook.ui.common.BackgroundTasks;
import org.practiceworkbook.ui.common.Feedback;

/**
 * "Copy" and "Save as PNG…" for any chart, as buttons and as the chart's context menu. Saving asks where through a
 * callback (the window passes its file picker, tests pass a path), takes the picture on the FX thread and encodes and
 * writes it in the background, whole or not at all, telling the status line how it went.
 */
public final class ChartActions {

    private final BackgroundTasks tasks;
    private final Feedback feedback;
    private final Function<String, Optional<Path>> chooseFile;

    /**
     * @param chooseFile given a suggested file name ("Capacity results.png"), the file to save to; empty when the person
     *                   cancelled
     */
    public ChartActions(BackgroundTasks tasks, Feedback feedback, Function<String, Optional<Path>> chooseFile) {
        this.tasks = tasks;
        this.feedback = feedback;
        this.chooseFile = chooseFile;
    }

    /**
     * The two buttons, with ids {@code ID-copy} and {@code ID-save}.
     *
     * @param id       names this chart's controls, so two charts on one screen have different ids
     * @param fileName the name to suggest when saving, asked each time so it follows what the chart shows
     */
    public FlowPane buttons(Node chart, String id, Supplier<String> fileName) {
        var copy = new Button("Copy");
        copy.setId(id + "-copy");
        copy.setAccessibleText("Copy the chart as a picture");
        copy.setTooltip(new javafx.scene.control.Tooltip("Copy the chart as a picture, to paste into a slide, a "
                + "document or an e-mail"));
        copy.setOnAction(e -> copy(chart));
        var save = new Button("Save as PNG…");
        save.setId(id + "-save");
        save.setAccessibleText("Save the chart as a PNG picture");
        save.setTooltip(new javafx.scene.control.Tooltip("Save the chart as a picture file (PNG), for slides or a "
                + "report"));
        save.setOnAction(e -> save(chart, fileName.get()));
        var row = new FlowPane(copy, save);
        row.getStyleClass().addAll("button-row", "chart-actions");
        return row;
    }

    /** The same two actions as the chart's context menu (right click, or the menu key when it has focus). */
    public ContextMenu installContextMenu(Node chart, String id, Supplier<String> fileName) {
        var copy = new MenuItem("Copy");
        copy.setId(id + "-copy-item");
        copy.setOnAction(e -> copy(chart));
        var save = new MenuItem("Save as PNG…");
        save.setId(id + "-save-item");
        save.setOnAction(e -> save(chart, fileName.get()));
        var menu = new ContextMenu(copy, save);
        chart.setOnContextMenuRequested(e -> {
            menu.show(chart, e.getScreenX(), e.getScreenY());
            e.consume();
        });
        return menu;
    }

    public void copy(Node chart) {
        try {
            ChartImages.copyToClipboard(chart);
            feedback.saved("Copied the chart: paste it into a document or an e-mail");
        } catch (RuntimeException e) {
            feedback.failed(e);
        }
    }

    public void save(Node chart, String suggestedName) {
        Optional<Path> chosen = chooseFile.apply(suggestedName);
        if (chosen.isEmpty()) {
            return;
        }
        Path file = withPngExtension(chosen.get());
        // The picture and its pixels are taken here, on the FX thread; encoding and writing happen in the background.
        ChartImages.Pixels pixels = ChartImages.pixels(ChartImages.snapshot(chart));
        feedback.working("Saving " + file.getFileName() + "…");
        tasks.run(() -> {
            AtomicFile.write(file, ChartImages.encode(pixels), true);
            return file;
        }, saved -> feedback.saved("Saved the chart as " + saved), feedback::failed);
    }

    /** A name typed without ".png" still gives a picture other programs open. */
    static Path withPngExtension(Path file) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(".png") ? file : file.resolveSibling(name + ".png");
    }
}
