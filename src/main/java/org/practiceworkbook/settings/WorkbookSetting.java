package org.practiceworkbook.settings;

import java.util.Optional;
import java.nio.file.Path;

/**
 * The settings' "workbook opened at start", read on its own: all the command line needs of the settings, without the
 * window's theme and text size. A damaged settings file, or a value that is not a full path, counts as no choice, as it
 * does for the window, and says why in {@link #problem()}.
 *
 * @param workbook the workbook the settings name; null when they name none that can be used
 * @param problem  why the settings could not be used, naming the settings file; empty when they could
 */
public record WorkbookSetting(Path workbook, Optional<String> problem) {

    public static WorkbookSetting readIn(Path dataFolder) {
        SettingsText text = SettingsText.readIn(dataFolder);
        if (text.damage().isPresent()) {
            return new WorkbookSetting(null, Optional.of("the settings in " + text.file() + " cannot be read ("
                    + text.damage().get() + ")"));
        }
        String value = text.properties().getProperty(SettingsText.DEFAULT_WORKBOOK);
        if (value == null || value.isBlank()) {
            return new WorkbookSetting(null, Optional.empty());
        }
        try {
            return new WorkbookSetting(SettingsText.fullPath(value.strip()), Optional.empty());
        } catch (IllegalArgumentException e) {
            return new WorkbookSetting(null, Optional.of("the setting " + SettingsText.DEFAULT_WORKBOOK + "="
                    + value.strip() + " in " + text.file() + " is not a full path"));
        }
    }
}
