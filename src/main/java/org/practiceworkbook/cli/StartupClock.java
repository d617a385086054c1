package org.practiceworkbook.cli;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;

/** How long the program has been running: from the moment the operating system started its process. */
final class StartupClock {

    private StartupClock() {
    }

    /**
     * Milliseconds since the process started. The operating system's start time comes first: it is what a person
     * waits from, and reading it loads nothing; the JVM's own record (which costs loading its management classes) is
     * the fallback where the system does not say.
     */
    static long millisSinceStart() {
        Instant started = ProcessHandle.current().info().startInstant()
                .orElseGet(() -> Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime()));
        return Duration.between(started, Instant.now()).toMillis();
    }
}
