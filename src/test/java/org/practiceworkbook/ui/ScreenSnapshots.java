package org.practiceworkbook.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import java.awt.image.BufferedImage;

import javafx.scene.Node;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/** Saves what a node looks like to target/snapshots/NAME.png, for a person to look at. */
final class ScreenSnapshots {

    static final Path FOLDER = Path.of("target", "snapshots");

    private ScreenSnapshots() {
    }

    static Path save(Node node, String name) {
        if (!javafx.application.Platform.isFxApplicationThread()) {
            try {
                return org.testfx.util.WaitForAsyncUtils.asyncFx(() -> save(node, name)).get();
            } catch (Exception e) {
                throw new IllegalStateException("could not take the snapshot " + name, e);
            }
        }
        WritableImage image = node.snapshot(null, null);
        try {
            Files.createDirectories(FOLDER);
            Path file = FOLDER.resolve(name + ".png");
            int width = (int) image.getWidth();
            int height = (int) image.getHeight();
            int[] argb = new int[width * height];
            image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
            var picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
            picture.setRGB(0, 0, width, height, argb, 0, width);
            javax.imageio.ImageIO.write(picture, "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
