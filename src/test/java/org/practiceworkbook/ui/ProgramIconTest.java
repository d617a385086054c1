package org.practiceworkbook.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.image.Image;
import javafx.stage.Stage;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The program's window, opened as the program opens it, carries its own icon rather than the platform's default. A
 * window of its own, not the tests' shared one, and settings that are not kept, so nothing here follows later tests.
 */
class ProgramIconTest {

    @TempDir
    Path folder;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void the_window_carries_the_program_icon_at_every_size_drawn_for_it() throws Exception {
        var app = new PracticeWorkbookApp();
        Stage stage = WaitForAsyncUtils.asyncFx(() -> new Stage()).get();
        var opened = new java.util.concurrent.CountDownLatch(1);
        try {
            WaitForAsyncUtils.asyncFx(() -> {
                app.open(stage, folder.resolve("workbook"), e -> { }, opened::countDown);
                return null;
            }).get();
            // Closing before the workbook has opened would stop its store thread under it.
            assertThat(opened.await(30, TimeUnit.SECONDS)).as("the workbook opened").isTrue();
            List<Image> icons = WaitForAsyncUtils.asyncFx(() -> List.copyOf(stage.getIcons())).get();

            assertThat(icons).allSatisfy(icon -> assertThat(icon.isError()).as("icon loaded").isFalse());
            assertThat(icons).extracting(icon -> (int) icon.getWidth()).containsExactly(16, 32, 48, 64, 128, 256);
            assertThat(icons).extracting(icon -> (int) icon.getHeight()).containsExactly(16, 32, 48, 64, 128, 256);
        } finally {
            WaitForAsyncUtils.asyncFx(() -> {
                app.stop();
                stage.hide();
                return null;
            }).get();
        }
    }
}
