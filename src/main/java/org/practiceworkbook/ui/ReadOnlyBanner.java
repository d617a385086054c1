package org.practiceworkbook.ui;

import javafx.scene.control.Label;

import org.practiceworkbook.store.DiskTrouble;

/**
 * Across the window of a workbook that cannot be written (on a CD, a locked share, a read-only file): says so before
 * anyone starts typing, in the same words every refused change gets in the status line.
 */
final class ReadOnlyBanner {

    private ReadOnlyBanner() {
    }

    static Label create() {
        String words = DiskTrouble.READ_ONLY;
        var banner = new Label(Character.toUpperCase(words.charAt(0)) + words.substring(1));
        banner.setId("read-only-banner");
        // The demo's warning colours: both say "look before you type".
        banner.getStyleClass().addAll("demo-banner", "read-only-banner");
        banner.setWrapText(true);
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return banner;
    }
}
