package org.practiceworkbook.ui.settings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import javafx.util.StringConverter;

import org.practiceworkbook.store.WorkbookLocation;
import org.practiceworkbook.ui.TextSize;
import org.practiceworkbook.ui.Theme;
import org.practiceworkbook.ui.common.FormDialog;
import org.practiceworkbook.ui.common.Forms;
import org.practiceworkbook.ui.exchange.FilePicker;

/** File &gt; Settings…: the text size, the theme and the workbook opened at start, kept between runs. */
public final class SettingsDialog {

    private final RememberedSettings settings;
    private final FilePicker files;

    public SettingsDialog(RememberedSettings settings, FilePicker files) {
        this.settings = settings;
        this.files = files;
    }

    /**
     * @param openNow the workbook the window is on, offered as the one to open at start
     * @param textSize applies a text size to the window
     * @param theme    applies a theme to the window
     */
    public void show(Window owner, Path openNow, Consumer<TextSize> textSize, Consumer<Theme> theme) {
        Settings now = settings.current();
        var form = new FormDialog(owner, "settings-dialog", "Settings", "Save");
        var sizes = form.field("Text size", new ComboBox<TextSize>(), "settings-text-size",
                "How large everything in the window is drawn; View > Text size changes it too");
        sizes.getItems().setAll(TextSize.values());
        sizes.setConverter(labels(TextSize::label));
        sizes.setValue(now.textSize());
        var themes = form.field("Theme", new ComboBox<Theme>(), "settings-theme",
                "Light, dark, or high contrast: white on black with yellow, for people who need the strongest contrast");
        themes.getItems().setAll(Theme.values());
        themes.setConverter(labels(Theme::label));
        themes.setValue(now.theme());

        var lockAfter = form.field("Lock after", new ComboBox<Integer>(), "settings-lock-after",
                "How long the window may stand unused before a workbook with a password is hidden behind it");
        lockAfter.getItems().setAll(Settings.LOCK_AFTER_CHOICES);
        lockAfter.setConverter(labels(minutes -> minutes == 0 ? "Never" : minutes + " minutes unused"));
        lockAfter.setValue(Settings.LOCK_AFTER_CHOICES.contains(now.lockAfter()) ? now.lockAfter() : 0);

        Path standard = WorkbookLocation.defaultWorkbook();
        Path[] chosen = {now.defaultWorkbook()};
        var start = form.stackedField("Workbook opened at start", new TextField(), "settings-default-workbook",
                "The workbook the program opens when it starts");
        start.setEditable(false);
        Runnable showStart = () -> start.setText(chosen[0] == null ? standard + "  (the standard one)"
                : chosen[0].toString());
        showStart.run();
        var choose = Forms.button("settings-choose-workbook", "Choose…", "Choose the workbook opened at start");
        choose.setOnAction(e -> files.open(choose.getScene().getWindow(), "Workbook opened at start",
                FilePicker.WORKBOOK_DATABASES).ifPresent(file -> {
                    chosen[0] = WorkbookLocation.file(file);
                    showStart.run();
                }));
        var current = Forms.button("settings-use-current", "Use the one open now",
                "Open the workbook open now when the program starts");
        current.setOnAction(e -> {
            chosen[0] = openNow.equals(standard) ? null : openNow;
            showStart.run();
        });
        current.setDisable(openNow == null);
        var reset = Forms.button("settings-use-standard", "Use the standard one",
                "Open the standard workbook in your data folder when the program starts");
        reset.setOnAction(e -> {
            chosen[0] = null;
            showStart.run();
        });
        form.wide(Forms.buttonRow(choose, current, reset));
        form.note("Only a workbook with a password is locked (File > Lock, Ctrl+L, locks it at once). "
                + "Settings are kept in " + settingsPlace() + ".");

        boolean saved = form.showAndWait(() -> chosen[0] != null && !Files.isRegularFile(chosen[0])
                ? Optional.of("There is no workbook at " + chosen[0] + ": choose another, or use the standard one.")
                : Optional.empty(), sizes);
        if (saved) {
            textSize.accept(sizes.getValue());
            theme.accept(themes.getValue());
            Path startWith = chosen[0];
            int minutes = lockAfter.getValue();
            settings.change(s -> s.withDefaultWorkbook(startWith).withLockAfter(minutes));
        }
    }

    private String settingsPlace() {
        return settings.file().map(Path::toString).orElse("memory only, for this run");
    }

    private static <T> StringConverter<T> labels(java.util.function.Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("chosen from the list only");
            }
        };
    }
}
