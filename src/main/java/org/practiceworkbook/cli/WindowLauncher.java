package org.practiceworkbook.cli;

import java.nio.file.Path;

/** Opens the window on a workbook and returns the exit code when it closes. */
@FunctionalInterface
public interface WindowLauncher {

    int open(Path workbook);

    /**
     * Opens the window as {@link #open} does, calls {@code firstFrameShown} the moment its first frame is on screen,
     * and closes it again once the workbook is open: for timing start-up, and for training the JDK's AOT cache on a
     * real start.
     */
    default int probe(Path workbook, Runnable firstFrameShown) {
        throw new org.practiceworkbook.assessment.InvalidInputException("--startup-probe",
                "this build of the program cannot time its start-up");
    }
}
