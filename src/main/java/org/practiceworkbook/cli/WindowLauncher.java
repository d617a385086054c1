package org.practiceworkbook.cli;

import java.nio.file.Path;

/** Opens the window on a workbook and returns the exit code when it closes. */
@FunctionalInterface
public interface WindowLauncher {
    int open(Path workbook);
}
