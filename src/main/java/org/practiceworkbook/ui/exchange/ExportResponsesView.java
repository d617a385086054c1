package org.practiceworkbook.ui.exchange;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import javafx.scene.control.ComboBox;
import javafx.stage.Window;

import org.practiceworkbook.assessment.Respondent;
import org.practiceworkbook.ui.common.FormDialog;

/** File > Export my responses…: which questionnaire (when there is a choice), where to save, then the file. */
public final class ExportResponsesView {

    private final ResponseExchangeViewModel model;
    private final FilePicker files;

    public ExportResponsesView(ResponseExchangeViewModel model, FilePicker files) {
        this.model = model;
        this.files = files;
    }

    /**
     * @param packId the questionnaire, when the person is answering one now; null to ask among those they answered
     * @param titles questionnaire titles by id, to name the choices
     */
    public void export(Window owner, Respondent respondent, String packId, Map<String, String> titles) {
        if (packId != null) {
            saveAs(owner, respondent, packId);
            return;
        }
        model.packsAnswered(respondent, answered -> {
            if (answered.size() <= 1) {
                // None: the export itself says there is nothing to export, in the status line.
                saveAs(owner, respondent, answered.isEmpty() ? "" : answered.getFirst());
                return;
            }
            choose(owner, respondent, answered, titles).ifPresent(chosen -> saveAs(owner, respondent, chosen));
        });
    }

    private static Optional<String> choose(Window owner, Respondent respondent, List<String> answered,
                                           Map<String, String> titles) {
        var form = new FormDialog(owner, "export-responses-dialog", "Export the answers of " + respondent.displayName(),
                "Choose where to save…");
        var choice = form.field("Questionnaire", new ComboBox<String>(), "export-responses-questionnaire",
                "The questionnaire whose answers go in the file");
        choice.getItems().setAll(answered);
        choice.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String id) {
                return id == null ? "" : titles.getOrDefault(id, id);
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        choice.getSelectionModel().selectFirst();
        form.note("One file holds one person's answers to one questionnaire. Import it on the facilitator's laptop "
                + "with File > Import responses….");
        return form.showAndWait(Optional::empty, choice) ? Optional.of(choice.getValue()) : Optional.empty();
    }

    private void saveAs(Window owner, Respondent respondent, String packId) {
        model.suggestName(respondent, packId, name -> files.saveAs(owner, "Export the answers of "
                + respondent.displayName(), name, FilePicker.RESPONSE_FILES)
                .ifPresent(path -> model.export(respondent, packId, path)));
    }
}
