package org.practiceworkbook.ui.documents;

import java.util.Optional;

import javafx.scene.control.CheckBox;
import javafx.stage.Window;

import org.practiceworkbook.assessment.Practice;
import org.practiceworkbook.spreadsheet.CsvExport;
import org.practiceworkbook.ui.common.FormDialog;
import org.practiceworkbook.ui.exchange.FilePicker;

/**
 * File > Export action plan as CSV… and Export answers as CSV…. The answers ask first whether people's names go in:
 * people scored privately, and a spreadsheet is easily passed on, so they stay out unless the person exporting
 * ticks the box.
 */
public final class CsvExportView {

    private final CsvExportViewModel model;
    private final FilePicker files;

    public CsvExportView(CsvExportViewModel model, FilePicker files) {
        this.model = model;
        this.files = files;
    }

    public void exportActions(Window owner, Practice practice) {
        chooseFileAndWrite(owner, practice, CsvExport.What.ACTIONS, false);
    }

    public void exportAnswers(Window owner, Practice practice) {
        var form = new FormDialog(owner, "csv-answers-dialog", "Export answers as CSV", "Choose file…");
        form.note("One row per answer that " + practice.name() + "'s people have given, in every round, with their "
                + "role and notes, for Excel or another spreadsheet.");
        var names = form.wideField(new CheckBox("Include people's names (otherwise each person is \u201cPerson 1\u201d, "
                        + "\u201cPerson 2\u201d… with their role)"), "csv-answers-names",
                "People scored privately; leave this unticked if the file may be passed on");
        form.note("Notes are exported as people wrote them, so read them before passing the file on.");
        if (form.showAndWait(Optional::empty, names)) {
            chooseFileAndWrite(owner, practice, CsvExport.What.ANSWERS, names.isSelected());
        }
    }

    private void chooseFileAndWrite(Window owner, Practice practice, CsvExport.What what, boolean names) {
        files.saveAs(owner, "Export the " + what.description() + " of " + practice.name() + " as CSV",
                        model.suggestedFileName(practice, what), FilePicker.CSV_FILES)
                .ifPresent(path -> model.export(practice, what, names, path));
    }
}
