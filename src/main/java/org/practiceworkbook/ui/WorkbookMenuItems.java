package org.practiceworkbook.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

import org.practiceworkbook.assessment.InvalidInputException;
import org.practiceworkbook.store.WorkbookLocation;
import org.practiceworkbook.ui.exchange.FilePicker;
import org.practiceworkbook.ui.settings.SettingsDialog;

/** File menu items for workbooks themselves: a new one, another one, one opened lately, and the settings. */
final class WorkbookMenuItems {

    private final MainWindow window;
    private final WorkbookSwitch workbooks;

    WorkbookMenuItems(MainWindow window, WorkbookSwitch workbooks) {
        this.window = window;
        this.workbooks = workbooks;
    }

    List<MenuItem> create() {
        var items = new ArrayList<MenuItem>();
        if (workbooks.opensOthers()) {
            items.add(MainMenus.item("New workbook…", "menu-new-workbook", null, this::newWorkbook));
            items.add(MainMenus.item("Open workbook…", "menu-open-workbook", "Shortcut+O", this::openWorkbook));
            items.add(recentMenu());
        }
        items.add(MainMenus.item("Settings…", "menu-settings", "Shortcut+Comma", () -> new SettingsDialog(
                window.settings(), window.files()).show(window.root().getScene().getWindow(), window.workbookFile(),
                window::setTextSize, window::setTheme)));
        return items;
    }

    private void newWorkbook() {
        window.files().saveAs(owner(), "Make a new workbook", "New workbook" + WorkbookLocation.H2_SUFFIX,
                FilePicker.WORKBOOK_DATABASES).ifPresent(workbooks::create);
    }

    private void openWorkbook() {
        window.files().open(owner(), "Open a workbook", FilePicker.WORKBOOK_DATABASES).ifPresent(file -> {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(FilePicker.WORKBOOK_FILES.extension())) {
                window.failed(new InvalidInputException("file", "the file " + file.getFileName() + " is a workbook file sent "
                        + "from another laptop, not a workbook to work in: bring its practices into this one with "
                        + "File > Import workbook…"));
            } else if (!name.endsWith(WorkbookLocation.H2_SUFFIX)) {
                window.failed(new InvalidInputException("file", "the file " + file.getFileName() + " is not a workbook: "
                        + "workbooks are files ending in " + WorkbookLocation.H2_SUFFIX));
            } else {
                workbooks.open(file);
            }
        });
    }

    /** The last workbooks opened but the one open now; one no longer where it was is shown greyed with the reason, rather than offered. */
    private Menu recentMenu() {
        var menu = new Menu("Open recent");
        menu.setId("menu-open-recent");
        fill(menu);
        menu.setOnShowing(e -> fill(menu));
        return menu;
    }

    private void fill(Menu menu) {
        // The workbook open now is not one to go back to.
        List<Path> recent = window.settings().current().recent().stream()
                .filter(p -> !p.equals(window.workbookFile())).toList();
        List<String> wanted = recent.stream().map(p -> p + (Files.isRegularFile(p) ? "" : " missing")).toList();
        if (wanted.equals(menu.getProperties().get("shown"))) {
            return;   // rebuilt only when something changed: an open submenu's items are left where they are
        }
        menu.getProperties().put("shown", wanted);
        menu.getItems().clear();
        for (int i = 0; i < recent.size(); i++) {
            Path file = recent.get(i);
            boolean there = Files.isRegularFile(file);
            var item = MainMenus.item(file.getFileName() + (there ? "  (" + file.getParent() + ")"
                    : "  (not found: moved, renamed or on a drive not plugged in)"), "menu-recent-" + (i + 1), null,
                    () -> workbooks.open(file));
            item.setDisable(!there);
            menu.getItems().add(item);
        }
        if (recent.isEmpty()) {
            var none = new MenuItem("No workbooks opened yet");
            none.setDisable(true);
            menu.getItems().add(none);
        } else {
            menu.getItems().add(new SeparatorMenuItem());
            menu.getItems().add(MainMenus.item("Clear the list", "menu-recent-clear", null, () -> {
                window.settings().change(s -> {
                    var cleared = s;
                    for (Path p : s.recent()) {
                        cleared = cleared.withoutRecent(p);
                    }
                    return cleared;
                });
                fill(menu);
            }));
        }
    }

    private javafx.stage.Window owner() {
        return window.root().getScene().getWindow();
    }
}
