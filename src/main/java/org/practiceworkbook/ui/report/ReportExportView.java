package org.practiceworkbook.ui.report;

import java.nio.file.Path;

import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

import org.practiceworkbook.assessment.Practice;
import org.practiceworkbook.assessment.Round;
import org.practiceworkbook.report.ReportFile;
import org.practiceworkbook.ui.exchange.FilePicker;

/**
 * Asks where to save the report, has it written, then offers to open it or show it in its folder: two clicks from
 * the practice to a PDF on the screen. What the computer cannot do (no desktop, as on a server) is not offered.
 */
public final class ReportExportView {

    private static final ButtonType OPEN = new ButtonType("Open", ButtonBar.ButtonData.OK_DONE);
    private static final ButtonType SHOW = new ButtonType("Show in folder", ButtonBar.ButtonData.OTHER);

    private final ReportExportViewModel model;
    private final FilePicker files;
    private final DesktopFiles desktop;

    public ReportExportView(ReportExportViewModel model, FilePicker files, DesktopFiles desktop) {
        this.model = model;
        this.files = files;
        this.desktop = desktop;
    }

    public void export(Window owner, Practice practice, Round selected) {
        model.roundFor(practice, selected, round -> {
            if (round == null) {
                model.noRound(practice);
                return;
            }
            files.saveAs(owner, "Export the report as PDF", ReportFile.suggestedName(practice, round),
                    FilePicker.PDF_FILES).ifPresent(to -> model.export(practice, round, to,
                    written -> offerToOpen(owner, written)));
        });
    }

    /** Not waited for: the window stays usable, and the offer closes with Close or Escape. */
    private void offerToOpen(Window owner, Path file) {
        var alert = new Alert(Alert.AlertType.INFORMATION, "The report was saved to " + file + ".");
        alert.initOwner(owner);
        alert.setTitle("Report saved");
        alert.setHeaderText("The report is ready");
        alert.getDialogPane().setId("report-saved-dialog");
        alert.getButtonTypes().setAll(ButtonType.CLOSE);
        if (desktop.canOpen()) {
            alert.getButtonTypes().add(0, OPEN);
        }
        if (desktop.canShowInFolder()) {
            alert.getButtonTypes().add(desktop.canOpen() ? 1 : 0, SHOW);
        }
        alert.getButtonTypes().forEach(type -> {
            var button = (Button) alert.getDialogPane().lookupButton(type);
            button.setId("report-saved-" + type.getText().toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
        });
        alert.setOnHidden(e -> {
            var chosen = alert.getResult();
            if (chosen == OPEN) {
                desktop.open(file);
            } else if (chosen == SHOW) {
                desktop.showInFolder(file);
            }
        });
        alert.show();
    }
}
