package org.practiceworkbook.ui.charts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javafx.scene.Node;

import org.testfx.api.FxRobot;

/**
 * Saves a node to target/snapshots/NAME.png for a person to look at, through the very export under test (the window's
 * own ScreenSnapshots lives in another package and is not public).
 */
final class ChartSnapshots {

    static final Path FOLDER = Path.of("target", "snapshots");

    private ChartSnapshots() {
    }

    static void save(FxRobot robot, Node node, String name) {
        robot.interact(() -> {
            try {
                Files.createDirectories(FOLDER);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            ChartImages.savePng(node, FOLDER.resolve(name + ".png"));
        });
    }
}
