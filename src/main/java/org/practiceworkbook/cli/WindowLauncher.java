package org.practiceworkbook.cli;

/** Opens the window and returns the exit code when it closes. */
@FunctionalInterface
public interface WindowLauncher {
    int open(WindowRequest request);

    /**
     * Opens the window on a workbook, calls {@code firstFrameShown} the moment its first frame is on screen, and
     * closes it again once the workbook is open: for timing start-up, and for training the JDK's AOT cache on a real
     * start.
     */
    default int probe(java.nio.file.Path workbook, Runnable firstFrameShown) {
        throw new org.practiceworkbook.assessment.InvalidInputException("--startup-probe",
                "this build of the program cannot time its start-up");
    }
}
