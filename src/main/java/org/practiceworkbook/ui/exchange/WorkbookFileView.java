package org.practiceworkbook.ui.exchange;

import java.util.Optional;

import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.practiceworkbook.exchange.WorkbookImport;
import org.practiceworkbook.ui.common.FormDialog;

/**
 * File > Export workbook… and Import workbook…: a trainer gathering several practices into one workbook sees, before
 * anything changes, which practices would be added and which are already there.
 */
public final class WorkbookFileView {

    private final WorkbookFileViewModel model;
    private final FilePicker files;

    public WorkbookFileView(WorkbookFileViewModel model, FilePicker files) {
        this.model = model;
        this.files = files;
    }

    public void export(Window owner) {
        model.suggestName(name -> files.saveAs(owner, "Export the whole workbook", name, FilePicker.WORKBOOK_FILES)
                .ifPresent(model::export));
    }

    /**
     * A workbook file for a trainer: respondents become Respondent 1, 2… with their roles, and no note, discussion
     * note, action description, success measure, owner or anchor is written. The workbook itself is unchanged.
     */
    public void exportAnonymised(Window owner) {
        model.suggestAnonymisedName(name -> files.saveAs(owner, "Export the workbook without names or notes", name,
                FilePicker.WORKBOOK_FILES).ifPresent(model::exportAnonymised));
    }

    /**
     * @param beforeImport run when the person confirms, before anything changes: screens on a practice the file may
     *                     replace are closed
     * @param imported     run after an import, so the practices are read again
     */
    public void importFile(Window owner, Runnable beforeImport, Runnable imported) {
        files.open(owner, "Import a workbook file", FilePicker.WORKBOOK_FILES)
                .ifPresent(path -> importFile(owner, path, beforeImport, imported));
    }

    /** Previews a file already chosen (opened from the file manager) and imports it once the person agrees. */
    public void importFile(Window owner, java.nio.file.Path path, Runnable beforeImport, Runnable imported) {
        model.preview(path, preview -> confirm(owner, preview, beforeImport, imported));
    }

    private void confirm(Window owner, WorkbookFileViewModel.Preview preview, Runnable beforeImport,
                         Runnable imported) {
        var form = new FormDialog(owner, "import-workbook-dialog", "Import " + preview.path().getFileName(), "Import");
        form.note("Nothing changes until you choose Import, and then the whole file is imported or none of it.");
        var lines = new VBox();
        lines.setId("import-workbook-preview");
        lines.getStyleClass().add("import-report");
        var replace = new CheckBox("Replace the practices already in this workbook with the file's");
        boolean anyThere = preview.plain().stream().anyMatch(r -> r.outcome() == WorkbookImport.Outcome.SKIPPED);
        Runnable show = () -> {
            lines.getChildren().clear();
            for (var result : replace.isSelected() ? preview.replacing() : preview.plain()) {
                var line = new Label("• " + WorkbookFileViewModel.describe(result));
                line.setWrapText(true);
                lines.getChildren().add(line);
            }
        };
        replace.setOnAction(e -> show.run());
        show.run();
        var holds = form.stackedField("What the file holds", new javafx.scene.control.ScrollPane(lines),
                "import-workbook-lines", "The practices in the file and what importing would do with each");
        holds.setFitToWidth(true);
        holds.setPrefViewportHeight(160);
        if (anyThere) {
            form.field("Already here", replace, "import-workbook-replace",
                    "Whether practices already in this workbook are replaced by the file's; otherwise they are left");
        }
        if (form.showAndWait(Optional::empty, anyThere ? replace : holds)) {
            beforeImport.run();
            model.importFile(preview, replace.isSelected(), result -> imported.run());
        }
    }
}
