package org.practiceworkbook.ui.exchange;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.practiceworkbook.ui.common.FormDialog;

/**
 * Importing response files as a facilitator meets it: files read, a question only for those whose practice or round
 * is missing, then one report saying what happened to every file.
 */
public final class ImportResponsesView {

    private final ResponseExchangeViewModel model;

    public ImportResponsesView(ResponseExchangeViewModel model) {
        this.model = model;
    }

    /** @param imported run after the import, so lists showing practices, rounds and people are read again */
    public void importFiles(Window owner, List<Path> paths, Runnable imported) {
        if (paths.isEmpty()) {
            return;
        }
        model.read(paths, incoming -> {
            var needing = incoming.stream().filter(ResponseExchangeViewModel.Incoming::needsPlacing).toList();
            if (needing.isEmpty()) {
                model.importAll(incoming, Map.of(), outcomes -> report(owner, outcomes, imported));
                return;
            }
            model.placements(needing, choices -> {
                var placed = askWhere(owner, needing, choices);
                if (placed != null) {
                    model.importAll(incoming, placed, outcomes -> report(owner, outcomes, imported));
                }
            });
        });
    }

    /** One question for all the files that need a place; null when the facilitator cancels the import. */
    private static Map<Path, ResponseExchangeViewModel.Placement> askWhere(
            Window owner, List<ResponseExchangeViewModel.Incoming> needing,
            Map<Path, List<ResponseExchangeViewModel.Placement>> choices) {
        var form = new FormDialog(owner, "place-responses-dialog", "Where should these answers go?", "Import");
        form.note(needing.size() == 1
                ? "This file names a practice or round that is not in this workbook."
                : needing.size() + " files name a practice or round that is not in this workbook.");
        var boxes = new HashMap<Path, ComboBox<ResponseExchangeViewModel.Placement>>();
        int row = 0;
        for (var file : needing) {
            var box = form.stackedField(file.path().getFileName() + ": " + file.describe(),
                    new ComboBox<ResponseExchangeViewModel.Placement>(), "place-responses-" + row++,
                    "Where the answers in " + file.path().getFileName() + " go");
            box.getItems().setAll(choices.get(file.path()));
            box.getSelectionModel().selectFirst();
            boxes.put(file.path(), box);
        }
        if (!form.showAndWait(java.util.Optional::empty, boxes.get(needing.getFirst().path()))) {
            return null;
        }
        var placed = new HashMap<Path, ResponseExchangeViewModel.Placement>();
        boxes.forEach((path, box) -> placed.put(path, box.getValue()));
        return placed;
    }

    private static void report(Window owner, List<ResponseExchangeViewModel.Outcome> outcomes, Runnable imported) {
        imported.run();
        long refused = outcomes.stream().filter(ResponseExchangeViewModel.Outcome::refused).count();
        var lines = new VBox();
        lines.getStyleClass().add("import-report");
        for (var outcome : outcomes) {
            var line = new Label((outcome.refused() ? "⚠ " : "✓ ") + outcome.path().getFileName() + ": " + outcome.text());
            line.setWrapText(true);
            line.getStyleClass().add(outcome.refused() ? "import-refused" : "import-taken");
            lines.getChildren().add(line);
        }
        var alert = new Alert(refused == 0 ? Alert.AlertType.INFORMATION : Alert.AlertType.WARNING, "", ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle("Import responses");
        alert.setHeaderText(refused == 0
                ? "Every file was imported (" + outcomes.size() + ")"
                : refused + " of " + outcomes.size() + " files refused; those changed nothing");
        alert.getDialogPane().setContent(lines);
        alert.getDialogPane().setId("import-report");
        org.practiceworkbook.ui.common.Forms.matchTextSize(owner, alert.getDialogPane());
        alert.getDialogPane().lookupButton(ButtonType.OK).setId("import-report-ok");
        alert.show();
    }
}
