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
 * @param lockAfter       minutes without a key press or mouse move before a workbook with a password is locked; 0 never
 */
public record Settings(TextSize textSize, Theme theme, Path defaultWorkbook, List<Path> recent, WindowBounds window,
                       int lockAfter) {

    public static final int RECENT_KEPT = 5;

    /** The idle times offered before the window locks, in minutes; 0 is never. */
    public static final List<Integer> LOCK_AFTER_CHOICES = List.of(0, 5, 10, 15, 30);

    /** Settings from before the idle lock: it is off. */
    public Settings(TextSize textSize, Theme theme, Path defaultWorkbook, List<Path> recent, WindowBounds window) {
        this(textSize, theme, defaultWorkbook, recent, window, 0);
    }

    public Settings withLockAfter(int minutes) {
        return new Settings(textSize, theme, defaultWorkbook, recent, window, Math.max(0, minutes));
    }

    public static final Settings DEFAULTS = new Settings(TextSize.NORMAL, Theme.LIGHT, null, List.of(), null);

    public Settings {
        recent = List.copyOf(recent);
    }

    public Optional<Path> defaultWorkbookChosen() {
        return Optional.ofNullable(defaultWorkbook);
    }

    public Settings withTextSize(TextSize size) {
        return new Settings(size, theme, defaultWorkbook, recent, window, lockAfter);
    }

    public Settings withTheme(Theme chosen) {
        return new Settings(textSize, chosen, defaultWorkbook, recent, window, lockAfter);
    }

    public Settings withDefaultWorkbook(Path file) {
        return new Settings(textSize, theme, file, recent, window, lockAfter);
    }

    public Settings withWindow(WindowBounds bounds) {
        return new Settings(textSize, theme, defaultWorkbook, recent, bounds, lockAfter);
    }

    /** The file put first among the recent ones; one already there moves up, and the oldest beyond five drops off. */
    public Settings withRecent(Path file) {
        var list = new ArrayList<Path>();
        list.add(file);
        recent.stream().filter(p -> !p.equals(file)).forEach(list::add);
        return new Settings(textSize, theme, defaultWorkbook, list.subList(0, Math.min(RECENT_KEPT, list.size())),
                window, lockAfter);
    }

    public Settings withoutRecent(Path file) {
        return new Settings(textSize, theme, defaultWorkbook, recent.stream().filter(p -> !p.equals(file)).toList(),
                window, lockAfter);
    }
}
