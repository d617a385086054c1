package org.practiceworkbook.ui.settings;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.practiceworkbook.exchange.AtomicFile;
import org.practiceworkbook.settings.SettingsText;
import org.practiceworkbook.ui.TextSize;
import org.practiceworkbook.ui.Theme;

/**
 * The settings file, {@code settings.properties} in the data folder beside the default workbook. A file that cannot be
 * read, or a value in it that makes no sense, gives the default for what it spoils and a line in the log: settings are
 * a convenience, and must never stop the program opening.
 */
public final class SettingsFile {

    public static final String NAME = SettingsText.NAME;
    private static final Logger LOG = Logger.getLogger(SettingsFile.class.getName());

    private final Path file;

    public SettingsFile(Path folder) {
        this.file = folder.resolve(NAME);
    }

    public Path file() {
        return file;
    }

    /** The settings, and what to tell the person when their file could not be used. */
    public record Reading(Settings settings, Optional<String> note) {
    }

    /**
     * Reads the settings for a window that will save them again. A file that cannot be read is first moved aside to
     * {@code settings.properties.damaged}: the window's first save would otherwise replace it, and with it the
     * workbook chosen to open at start, which commands would then no longer know to refuse to guess.
     */
    public Reading read() {
        SettingsText text = SettingsText.read(file);
        if (text.damage().isPresent()) {
            return new Reading(settings(text), Optional.of("Your settings in " + file + " could not be read ("
                    + text.damage().get() + "), so the usual ones are in use. " + keepAside() + " If you had chosen "
                    + "a workbook to open at start, choose it again in File > Settings…"));
        }
        Settings settings = settings(text);
        String chosen = text.properties().getProperty(SettingsText.DEFAULT_WORKBOOK);
        if (chosen != null && !chosen.isBlank() && settings.defaultWorkbook() == null) {
            return new Reading(settings, Optional.of("The workbook to open at start in " + file + ", " + chosen.strip()
                    + ", is not a full path, so it was not opened. Choose it again in File > Settings…"));
        }
        return new Reading(settings, Optional.empty());
    }

    private String keepAside() {
        Path aside = file.resolveSibling(NAME + ".damaged");
        try {
            Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
            return "The file was kept as " + aside + ".";
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "The damaged settings " + file + " could not be kept aside as " + aside, e);
            return "It could not be kept aside, and will be replaced when a setting is next saved.";
        }
    }

    /** Reads the settings, changing nothing. */
    public Settings load() {
        return settings(SettingsText.read(file));
    }

    private Settings settings(SettingsText text) {
        if (text.damage().isPresent()) {
            LOG.log(Level.WARNING, "The settings in " + file + " cannot be read (" + text.damage().get()
                    + "); using the defaults");
            return Settings.DEFAULTS;
        }
        Properties properties = text.properties();
        var recent = new ArrayList<Path>();
        for (int i = 1; i <= Settings.RECENT_KEPT; i++) {
            Path path = value(properties, "recent." + i, SettingsText::fullPath, null);
            if (path != null && !recent.contains(path)) {
                recent.add(path);
            }
        }
        return new Settings(
                value(properties, "text-size", v -> TextSize.valueOf(v.toUpperCase(Locale.ROOT)), TextSize.NORMAL),
                value(properties, "theme", v -> Theme.valueOf(v.toUpperCase(Locale.ROOT)), Theme.LIGHT),
                value(properties, SettingsText.DEFAULT_WORKBOOK, SettingsText::fullPath, null),
                recent,
                window(properties),
                value(properties, "lock-after-minutes", Integer::valueOf, 0));
    }

    /** Writes the file whole, so a crash part-way leaves the previous settings rather than half of them. */
    public void save(Settings settings) {
        var properties = new Properties();
        properties.setProperty("text-size", settings.textSize().name().toLowerCase(Locale.ROOT));
        properties.setProperty("theme", settings.theme().name().toLowerCase(Locale.ROOT));
        settings.defaultWorkbookChosen()
                .ifPresent(p -> properties.setProperty(SettingsText.DEFAULT_WORKBOOK, p.toString()));
        properties.setProperty("lock-after-minutes", Integer.toString(settings.lockAfter()));
        for (int i = 0; i < settings.recent().size(); i++) {
            properties.setProperty("recent." + (i + 1), settings.recent().get(i).toString());
        }
        if (settings.window() != null) {
            WindowBounds w = settings.window();
            properties.setProperty("window.x", Double.toString(w.x()));
            properties.setProperty("window.y", Double.toString(w.y()));
            properties.setProperty("window.width", Double.toString(w.width()));
            properties.setProperty("window.height", Double.toString(w.height()));
            properties.setProperty("window.maximised", Boolean.toString(w.maximised()));
        }
        var bytes = new ByteArrayOutputStream();
        try (var out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            properties.store(out, "Practice Workbook settings");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("the folder for settings, " + file.getParent() + ", cannot be made", e);
        }
        AtomicFile.write(file, bytes.toByteArray(), true);
    }

    private WindowBounds window(Properties properties) {
        if (!properties.containsKey("window.width")) {
            return null;
        }
        Double x = value(properties, "window.x", Double::valueOf, null);
        Double y = value(properties, "window.y", Double::valueOf, null);
        Double width = value(properties, "window.width", Double::valueOf, null);
        Double height = value(properties, "window.height", Double::valueOf, null);
        if (x == null || y == null || width == null || height == null || !Double.isFinite(x + y + width + height)
                || width <= 0 || height <= 0) {
            LOG.warning("The window's place in " + file + " makes no sense; the window opens at its usual size");
            return null;
        }
        return new WindowBounds(x, y, width, height, "true".equals(properties.getProperty("window.maximised")));
    }

    private <T> T value(Properties properties, String key, Function<String, T> parse, T otherwise) {
        String text = properties.getProperty(key);
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            return parse.apply(text.strip());
        } catch (RuntimeException e) {
            LOG.warning("The setting " + key + "=" + text + " in " + file + " makes no sense; using " + otherwise);
            return otherwise;
        }
    }
}
