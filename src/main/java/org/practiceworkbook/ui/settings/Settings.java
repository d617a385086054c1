package org.practiceworkbook.ui.settings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.practiceworkbook.ui.TextSize;
import org.practiceworkbook.ui.Theme;

/**
 * What a person chose and keeps between runs.
 *
 * @param defaultWorkbook the workbook opened at start; null for the standard one in the data folder
 * @param recent          workbooks opened lately, newest first, at most {@link #RECENT_KEPT}
 * @param window          where the window last was; null before it has ever closed
 */
public record Settings(TextSize textSize, Theme theme, Path defaultWorkbook, List<Path> recent, WindowBounds window) {

    public static final int RECENT_KEPT = 5;

    public static final Settings DEFAULTS = new Settings(TextSize.NORMAL, Theme.LIGHT, null, List.of(), null);

    public Settings {
        recent = List.copyOf(recent);
    }

    public Optional<Path> defaultWorkbookChosen() {
        return Optional.ofNullable(defaultWorkbook);
    }

    public Settings withTextSize(TextSize size) {
        return new Settings(size, theme, defaultWorkbook, recent, window);
    }

    public Settings withTheme(Theme chosen) {
        return new Settings(textSize, chosen, defaultWorkbook, recent, window);
    }

    public Settings withDefaultWorkbook(Path file) {
        return new Settings(textSize, theme, file, recent, window);
    }

    public Settings withWindow(WindowBounds bounds) {
        return new Settings(textSize, theme, defaultWorkbook, recent, bounds);
    }

    /** The file put first among the recent ones; one already there moves up, and the oldest beyond five drops off. */
    public Settings withRecent(Path file) {
        var list = new ArrayList<Path>();
        list.add(file);
        recent.stream().filter(p -> !p.equals(file)).forEach(list::add);
        return new Settings(textSize, theme, defaultWorkbook, list.subList(0, Math.min(RECENT_KEPT, list.size())),
                window);
    }

    public Settings withoutRecent(Path file) {
        return new Settings(textSize, theme, defaultWorkbook, recent.stream().filter(p -> !p.equals(file)).toList(),
                window);
    }
}
