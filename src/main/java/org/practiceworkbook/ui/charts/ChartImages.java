package org.practiceworkbook.ui.charts;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.paint.Color;

import org.practiceworkbook.exchange.AtomicFile;

/**
 * A chart as a picture: to paste into a practice's report or save as a PNG. Pictures have a white background
 * whatever the screen behind the chart, so they look right on a printed page.
 *
 * <p>Taking the picture must happen on the FX thread; writing it need not, so a caller can take {@link #snapshot}
 * and {@link #pngBytes} on the FX thread and write the bytes in the background. {@link ChartActions} goes one step
 * further and encodes in the background too.
 */
public final class ChartImages {

    private ChartImages() {
    }

    /** The node as it looks now, at its current size, on white. On the FX thread. */
    public static WritableImage snapshot(Node chart) {
        if (!Platform.isFxApplicationThread()) {
            throw new IllegalStateException("a chart's picture is taken on the FX thread");
        }
        var parameters = new SnapshotParameters();
        parameters.setFill(Color.WHITE);
        // The layout bounds, not the visual ones: the picture is exactly the size the chart has on screen.
        Bounds bounds = chart.getLayoutBounds();
        parameters.setViewport(new Rectangle2D(bounds.getMinX(), bounds.getMinY(), Math.ceil(bounds.getWidth()),
                Math.ceil(bounds.getHeight())));
        return chart.snapshot(parameters, null);
    }

    /** The picture as PNG. On the FX thread, where the image's pixels are read. */
    public static byte[] pngBytes(WritableImage image) {
        return encode(pixels(image));
    }

    /** A picture's pixels, copied out of the image so they can be encoded on any thread. */
    record Pixels(int width, int height, int[] argb) {
    }

    /** Copies the pixels by hand: javafx.swing, which would do it, is not on the class path. Quick: one array copy. */
    static Pixels pixels(WritableImage image) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] argb = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        return new Pixels(width, height, argb);
    }

    /** PNG encoding, the slow part (tens of milliseconds for a chart), so it can run in the background. */
    static byte[] encode(Pixels pixels) {
        // Opaque RGB: the background is white anyway, and some programs paste transparent pictures on black.
        var picture = new BufferedImage(pixels.width(), pixels.height(), BufferedImage.TYPE_INT_RGB);
        picture.setRGB(0, 0, pixels.width(), pixels.height(), pixels.argb(), 0, pixels.width());
        var bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(picture, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("could not encode the chart as PNG", e);
        }
        return bytes.toByteArray();
    }

    /**
     * Saves the chart as a PNG, whole or not at all, replacing a file already there (a person chose it in a save
     * dialog, which asked). On the FX thread: for a chart this is quick; see {@link ChartActions} for the background way.
     */
    public static void savePng(Node chart, Path file) {
        AtomicFile.write(file, pngBytes(snapshot(chart)), true);
    }

    /** Puts the chart's picture on the system clipboard, to paste into a document or an e-mail. On the FX thread. */
    public static void copyToClipboard(Node chart) {
        var content = new ClipboardContent();
        content.putImage(snapshot(chart));
        Clipboard.getSystemClipboard().setContent(content);
    }
}
