package org.practiceworkbook.ui.documents;

import java.util.List;
import java.util.Optional;

import javafx.scene.control.ComboBox;
import javafx.stage.Window;

import org.practiceworkbook.assessment.Practice;
import org.practiceworkbook.ui.common.FormDialog;
import org.practiceworkbook.ui.exchange.FilePicker;

/**
 * File > Print score sheets…: asks which questionnaire, then where to save the PDF to print. With a practice
 * selected, the sheets hold the items that apply to it, numbered as its paper-entry grid numbers them.
 */
public final class ScoreSheetsView {

    private final ScoreSheetsViewModel model;
    private final FilePicker files;

    public ScoreSheetsView(ScoreSheetsViewModel model, FilePicker files) {
        this.model = model;
        this.files = files;
    }

    /** @param practice the selected practice, or null */
    public void print(Window owner, Practice practice) {
        model.questionnaires(choices -> ask(owner, practice, choices));
    }

    private void ask(Window owner, Practice practice, List<ScoreSheetsViewModel.Choice> choices) {
        var form = new FormDialog(owner, "score-sheets-dialog", "Print score sheets", "Save PDF…");
        form.note("Blank sheets for people to score on paper before or at an away-day: every item with its level "
                + "descriptions and boxes to tick, and a space for name and role.");
        var questionnaire = form.field("Questionnaire", new ComboBox<ScoreSheetsViewModel.Choice>(),
                "score-sheets-questionnaire", "The questionnaire to print sheets for");
        questionnaire.getItems().setAll(choices);
        if (!choices.isEmpty()) {
            questionnaire.getSelectionModel().selectFirst();
        }
        form.note(practice == null ? "No practice is selected, so every item is printed; items for some kinds of "
                + "practice only are marked."
                : "Numbered as " + practice.name() + "'s paper-entry grid numbers them (Type in paper scores…), so "
                + "answers can be typed straight in; items that do not apply to it are left out.");
        if (form.showAndWait(() -> questionnaire.getValue() == null ? Optional.of("Choose a questionnaire")
                : Optional.empty(), questionnaire)) {
            String packId = questionnaire.getValue().packId();
            files.saveAs(owner, "Save score sheets to print", model.suggestedFileName(packId, practice),
                    FilePicker.PDF_FILES).ifPresent(path -> model.write(packId, practice, path));
        }
    }
}
