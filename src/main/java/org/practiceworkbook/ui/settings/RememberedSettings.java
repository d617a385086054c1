package org.practiceworkbook.ui.settings;

import java.util.concurrent.Executor;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The settings in force, kept on the FX thread, and written to their file in the background each time they change,
 * in the order they changed.
 */
public final class RememberedSettings {

    private static final Logger LOG = Logger.getLogger(RememberedSettings.class.getName());

    private final SettingsFile file;
    private final Executor writer;
    private final java.util.Optional<String> note;
    private Settings current;

    /** @param writer where the file is written: off the FX thread in the program, at once in tests */
    public RememberedSettings(SettingsFile file, Executor writer) {
        this.file = file;
        this.writer = writer;
        SettingsFile.Reading reading = file.read();
        this.current = reading.settings();
        this.note = reading.note();
    }

    /** Settings held in memory only: for windows in tests and tools that keep nothing. */
    public static RememberedSettings inMemory() {
        return new RememberedSettings(null, Settings.DEFAULTS);
    }

    private RememberedSettings(SettingsFile file, Settings start) {
        this.file = file;
        this.writer = Runnable::run;
        this.current = start;
        this.note = java.util.Optional.empty();
    }

    /** What the person should be told about their settings file, when it could not be used as it was. */
    public java.util.Optional<String> note() {
        return note;
    }

    /** Where the settings are kept; empty when they are kept in memory only. */
    public java.util.Optional<java.nio.file.Path> file() {
        return java.util.Optional.ofNullable(file).map(SettingsFile::file);
    }

    public Settings current() {
        return current;
    }

    public void change(UnaryOperator<Settings> change) {
        Settings next = change.apply(current);
        if (next.equals(current)) {
            return;
        }
        current = next;
        if (file != null) {
            try {
                writer.execute(() -> {
                    try {
                        file.save(next);
                    } catch (RuntimeException e) {
                        // Not being able to remember a choice is no reason to stop the person working.
                        LOG.log(Level.WARNING, "The settings could not be saved to " + file.file(), e);
                    }
                });
            } catch (java.util.concurrent.RejectedExecutionException closing) {
                // The program is closing and its store thread has stopped: the window's last place was saved
                // before that, and a change this late (the window being hidden) has nowhere to go.
                LOG.log(Level.FINE, "A settings change after the program closed was not saved", closing);
            }
        }
    }
}
