package org.practiceworkbook.settings;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * The settings file as it lies on disk, {@code settings.properties} in the data folder: read here, without the window,
 * so the window and the command line read it by one rule. A file that is not there is no settings chosen yet; one that
 * cannot be read is reported as damaged, and the reader decides what that costs.
 *
 * @param properties the settings read; empty when there is no file or it is damaged
 * @param damage     why the file could not be read; empty when it was read or is not there
 */
public record SettingsText(Path file, Properties properties, Optional<String> damage) {

    public static final String NAME = "settings.properties";
    public static final String DEFAULT_WORKBOOK = "default-workbook";

    public static SettingsText readIn(Path folder) {
        return read(folder.resolve(NAME));
    }

    public static SettingsText read(Path file) {
        Properties properties = new Properties();
        try (Reader in = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT))) {
            properties.load(in);
        } catch (NoSuchFileException e) {
            return new SettingsText(file, new Properties(), Optional.empty());
        } catch (IOException | IllegalArgumentException e) {
            return new SettingsText(file, new Properties(), Optional.of(e.toString()));
        }
        return new SettingsText(file, properties, Optional.empty());
    }

    /**
     * A workbook path as the settings keep it: always a full path, since a relative one would point somewhere new
     * whenever the program is started from another folder.
     *
     * @throws IllegalArgumentException when the text is not a full path
     */
    public static Path fullPath(String text) {
        try {
            Path path = Path.of(text);
            if (!path.isAbsolute()) {
                throw new IllegalArgumentException("not a full path");
            }
            return path;
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
