package org.practiceworkbook.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.application.Application;
import javafx.scene.image.Image;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The program's window, started as the program starts it, carries its own icon rather than the platform's default. */
class ProgramIconTest {

    @TempDir
    Path folder;

    private Application app;

    @AfterEach
    void close() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
    }

    @Test
    void the_window_carries_the_program_icon_at_every_size_drawn_for_it() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(PracticeWorkbookApp.class, "--workbook=" + folder.resolve("workbook"));

        // Closing before the workbook has opened would stop its store thread under it.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> stage.getScene().lookup("#practice-list") != null);
        List<Image> icons = WaitForAsyncUtils.asyncFx(() -> List.copyOf(stage.getIcons())).get();

        assertThat(icons).allSatisfy(icon -> assertThat(icon.isError()).as("icon loaded").isFalse());
        assertThat(icons).extracting(icon -> (int) icon.getWidth()).containsExactly(16, 32, 48, 64, 128, 256);
        assertThat(icons).extracting(icon -> (int) icon.getHeight()).containsExactly(16, 32, 48, 64, 128, 256);
    }
}
