package org.practiceworkbook.ui.report;

import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens a file in the program the computer uses for it, or shows it in its folder, where the computer can. Each
 * question is asked of the system, never assumed: a server, or the headless test platform, can do neither, and the
 * buttons are then not offered. The opening itself runs on its own thread, as the system may take a moment.
 */
public class DesktopFiles {

    private static final Logger LOG = LoggerFactory.getLogger(DesktopFiles.class);

    public boolean canOpen() {
        return supports(Desktop.Action.OPEN);
    }

    /** Shown selected in its folder where the system can, else the folder opened. */
    public boolean canShowInFolder() {
        return supports(Desktop.Action.BROWSE_FILE_DIR) || supports(Desktop.Action.OPEN);
    }

    public void open(Path file) {
        inBackground(() -> Desktop.getDesktop().open(file.toFile()));
    }

    public void showInFolder(Path file) {
        inBackground(() -> {
            if (supports(Desktop.Action.BROWSE_FILE_DIR)) {
                Desktop.getDesktop().browseFileDirectory(file.toFile());
            } else {
                Desktop.getDesktop().open(file.toAbsolutePath().getParent().toFile());
            }
        });
    }

    private static boolean supports(Desktop.Action action) {
        return !GraphicsEnvironment.isHeadless() && Desktop.isDesktopSupported()
                && Desktop.getDesktop().isSupported(action);
    }

    private interface Work {
        void run() throws IOException;
    }

    private static void inBackground(Work work) {
        Thread.ofVirtual().name("open-file").start(() -> {
            try {
                work.run();
            } catch (IOException | RuntimeException e) {
                // The file is saved whatever happens here; the person can still open it themselves.
                LOG.warn("The system could not open the file", e);
            }
        });
    }
}
