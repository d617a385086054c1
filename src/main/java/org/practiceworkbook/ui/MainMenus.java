package org.practiceworkbook.ui;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;

import org.practiceworkbook.store.Workbook;
import org.practiceworkbook.ui.common.BackgroundTasks;
import org.practiceworkbook.ui.common.Feedback;
import org.practiceworkbook.ui.documents.CsvExportView;
import org.practiceworkbook.ui.documents.CsvExportViewModel;
import org.practiceworkbook.ui.documents.ScoreSheetsView;
import org.practiceworkbook.ui.documents.ScoreSheetsViewModel;
import org.practiceworkbook.ui.exchange.FilePicker;
import org.practiceworkbook.ui.exchange.WorkbookFileView;
import org.practiceworkbook.ui.exchange.WorkbookFileViewModel;
import org.practiceworkbook.ui.practices.PracticesViewModel;
import org.practiceworkbook.ui.report.DesktopFiles;
import org.practiceworkbook.ui.report.ReportExportView;
import org.practiceworkbook.ui.report.ReportExportViewModel;
import org.practiceworkbook.ui.respondents.RespondentsViewModel;
import org.practiceworkbook.ui.rounds.RoundsViewModel;

/**
 * The main window's menu bar. The File menu comes in groups (the practice, exchanging files, documents to print or
 * share, the workbook), each built by its own method, so a feature adds its items to one group.
 */
final class MainMenus {

    /** What the menus act on. */
    record Context(Workbook workbook, BackgroundTasks tasks, Feedback feedback, Clock clock, FilePicker files,
                   WorkbookSwitch workbooks, PracticesViewModel practices, RoundsViewModel rounds,
                   RespondentsViewModel respondents, RoundWorkspace work, WorkbookFileViewModel workbookFiles,
                   ReportExportViewModel reports) {
    }

    private final MainWindow window;
    private final Context context;

    MainMenus(MainWindow window, Context context) {
        this.window = window;
        this.context = context;
    }

    MenuBar create() {
        var file = new Menu("File");
        for (List<MenuItem> group : List.of(practiceItems(), exchangeItems(), documentItems(), workbookItems(),
                passwordItems())) {
            if (!group.isEmpty()) {
                file.getItems().addAll(group);
                file.getItems().add(new SeparatorMenuItem());
            }
        }
        file.getItems().add(item("Quit", "menu-quit", "Shortcut+Q", () -> window.quit()));
        var bar = new MenuBar(file, viewMenu(), helpMenu());
        bar.setAccessibleText("Menu bar");
        return bar;
    }

    private List<MenuItem> practiceItems() {
        return List.of(item("Add practice…", "menu-add-practice", "Shortcut+N", () -> {
            // From another screen (a walk-through, the action plan) the practices come back first, saving as they go.
            context.work().leave();
            var add = window.root().lookup("#add-practice");
            if (add != null) {
                add.fireEvent(new javafx.event.ActionEvent());
            }
        }));
    }

    private List<MenuItem> exchangeItems() {
        var importResponses = item("Import responses…", "menu-import-responses", "Shortcut+I",
                () -> window.importResponses(context.files().openMany(owner(),
                        "Import responses from other laptops", FilePicker.RESPONSE_FILES)));
        var exportResponses = item("Export my responses…", "menu-export-responses", "Shortcut+E",
                window::exportResponses);
        exportResponses.disableProperty().bind(Bindings.createBooleanBinding(
                () -> context.work().walkthroughProperty().get() == null
                        && context.respondents().selectedProperty().get() == null,
                context.work().walkthroughProperty(), context.respondents().selectedProperty()));
        var importWorkbook = item("Import workbook…", "menu-import-workbook", null,
                () -> new WorkbookFileView(context.workbookFiles(), context.files())
                        .importFile(owner(), context.work()::leave, context.practices()::load));
        var exportWorkbook = item("Export workbook…", "menu-export-workbook", null,
                () -> new WorkbookFileView(context.workbookFiles(), context.files()).export(owner()));
        var exportAnonymised = item("Export workbook without names…", "menu-export-workbook-anonymised", null,
                () -> new WorkbookFileView(context.workbookFiles(), context.files()).exportAnonymised(owner()));
        return List.of(importResponses, exportResponses, new SeparatorMenuItem(), importWorkbook, exportWorkbook,
                exportAnonymised);
    }

    /** Documents made from the selected practice: to print, or to share with the partners. */
    private List<MenuItem> documentItems() {
        var report = item("Export report as PDF…", "menu-export-report", null, () -> new ReportExportView(
                context.reports(), context.files(), new DesktopFiles()).export(owner(),
                selectedPractice(), context.rounds().selectedProperty().get()));
        var print = item("Print action plan…", "menu-print-action-plan", "Shortcut+P",
                () -> context.work().printActionPlan());
        var sheets = item("Print score sheets…", "menu-score-sheets", null, () -> new ScoreSheetsView(
                new ScoreSheetsViewModel(context.workbook(), context.tasks(), context.feedback()), context.files())
                .print(owner(), selectedPractice()));
        var csv = new CsvExportView(new CsvExportViewModel(context.workbook(), context.tasks(), context.feedback(),
                context.clock()), context.files());
        var actions = item("Export action plan as CSV…", "menu-export-actions-csv", null,
                () -> csv.exportActions(owner(), selectedPractice()));
        var answers = item("Export answers as CSV…", "menu-export-answers-csv", null,
                () -> csv.exportAnswers(owner(), selectedPractice()));
        for (MenuItem needsPractice : List.of(report, print, actions, answers)) {
            needsPractice.disableProperty().bind(Bindings.isNull(context.practices().selectedProperty()));
        }
        return List.of(report, print, sheets, new SeparatorMenuItem(), actions, answers);
    }

    private org.practiceworkbook.assessment.Practice selectedPractice() {
        return context.practices().selectedProperty().get();
    }

    private List<MenuItem> workbookItems() {
        var items = new ArrayList<MenuItem>();
        if (context.workbooks().isDemo()) {
            items.add(item("Back to my workbook", "menu-open-own", null, context.workbooks()::openOwn));
        }
        items.addAll(new WorkbookMenuItems(window, context.workbooks()).create());
        items.addAll(backupItems());
        return items;
    }

    /** Restoring a backup: for a person's own workbook, not the demo, which is made afresh each time. */
    private List<MenuItem> backupItems() {
        if (!context.workbooks().opensOthers() || context.workbooks().isDemo()) {
            return List.of();
        }
        var restore = item("Restore backup…", "menu-restore-backup", null, () -> new org.practiceworkbook.ui.backup
                .RestoreBackupView(context.workbook(), context.tasks(), context.workbooks()).show(owner(), window::failed));
        // A read-only workbook cannot be replaced, by a backup or anything else.
        restore.setDisable(context.workbook().readOnly());
        return List.of(restore);
    }

    /** The workbook's password, and locking the window while the manager is away from the desk. */
    private List<MenuItem> passwordItems() {
        boolean hasPassword = context.workbook().fileKey().isPresent();
        var items = new ArrayList<MenuItem>(new org.practiceworkbook.ui.password.PasswordMenuItems(this::owner,
                context.workbooks(), hasPassword).create());
        if (context.workbook().readOnly()) {
            items.forEach(i -> i.setDisable(true));   // a password is set by rewriting the file, which cannot be
        }
        items.add(org.practiceworkbook.ui.password.PasswordMenuItems.lockItem(hasPassword, window::lock));
        return items;
    }

    private Menu viewMenu() {
        var sizes = new ToggleGroup();
        var textSize = new Menu("Text size");
        textSize.setId("menu-text-size");
        for (TextSize size : TextSize.values()) {
            var item = new RadioMenuItem(size.label());
            item.setId("text-size-" + size.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            item.setToggleGroup(sizes);
            item.setSelected(size == window.textSizeProperty().get());
            item.setOnAction(e -> window.setTextSize(size));
            window.textSizeProperty().addListener((o, was, is) -> item.setSelected(is == size));
            textSize.getItems().add(item);
        }
        var present = item("Presentation mode", "menu-presentation", "F5", () -> context.work().present());
        present.disableProperty().bind(Bindings.isNull(context.work().consensusProperty()));
        return new Menu("View", null, textSize, present);
    }

    private Menu helpMenu() {
        var guide = new org.practiceworkbook.ui.help.HelpWindow(this::owner);
        var details = org.practiceworkbook.ui.help.SupportDetails.of(context.workbook().file(),
                org.practiceworkbook.store.WorkbookLocation.defaultDataFolder());
        return new Menu("Help", null,
                item("User guide", "menu-user-guide", "F1", guide::showGuide),
                item("Keyboard shortcuts", "menu-keyboard-shortcuts", null, guide::showShortcuts),
                new SeparatorMenuItem(),
                item("Open demo workbook", "menu-open-demo", null, context.workbooks()::openDemo),
                new SeparatorMenuItem(),
                item("About Practice Workbook", "menu-about", null,
                        () -> org.practiceworkbook.ui.help.AboutDialog.show(owner(), details)));
    }

    private Window owner() {
        return window.root().getScene().getWindow();
    }

    /** A menu item with its id (for tests and accessibility tools) and, when given, its keyboard shortcut. */
    static MenuItem item(String text, String id, String shortcut, Runnable action) {
        var item = new MenuItem(text);
        item.setId(id);
        if (shortcut != null) {
            item.setAccelerator(KeyCombination.keyCombination(shortcut));
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
