package org.practiceworkbook.cli;

/** Opens the window and returns the exit code when it closes. */
@FunctionalInterface
public interface WindowLauncher {
    int open(WindowRequest request);
}
