package org.practiceworkbook.ui.respondents;

import java.util.Optional;

import javafx.beans.binding.Bindings;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

import org.practiceworkbook.assessment.Respondent;
import org.practiceworkbook.assessment.Role;
import org.practiceworkbook.ui.common.Confirmation;
import org.practiceworkbook.ui.common.FormDialog;
import org.practiceworkbook.ui.common.Forms;

/** The people answering in the selected round: add someone, or carry on answering for someone already listed. */
public final class RespondentsView extends VBox {

    private final RespondentsViewModel model;
    private final RoundWork work;
    private final ListView<RespondentsViewModel.Row> list = new ListView<>();
    private final Label heading = new Label();

    /** @param work opens the walk-through, the consensus session or the paper grid */
    public RespondentsView(RespondentsViewModel model, RoundWork work) {
        this.model = model;
        this.work = work;
        getStyleClass().add("respondents-pane");
        heading.getStyleClass().add("section-heading");
        heading.textProperty().bind(Bindings.createStringBinding(() -> model.roundProperty().get() == null ? ""
                : "People answering in " + model.roundProperty().get().label(), model.roundProperty()));
        list.setId("respondent-list");
        list.setAccessibleText("People answering in this round");
        list.setAccessibleHelp("Choose a person, then Answer… to carry on where they left off");
        list.setItems(model.rows());
        list.setPrefHeight(150);
        list.setPlaceholder(new Label("Nobody has answered yet. Add the first person to start a questionnaire."));
        list.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            {
                setWrapText(true);
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(RespondentsViewModel.Row row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : row.toString());
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, was, is) -> model.selectedProperty().set(is));
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && model.selectedProperty().get() != null) {
                answerSelected();
            }
        });
        var add = Forms.button("add-respondent", "Add person…", "Add a person to answer in this round");
        add.setOnAction(e -> addRespondent());
        var carryOn = Forms.button("answer-questionnaire", "Answer…", "Answer a questionnaire as the selected person");
        carryOn.setOnAction(e -> answerSelected());
        carryOn.disableProperty().bind(Bindings.isNull(model.selectedProperty()));
        var consensus = Forms.button("open-consensus", "Agree consensus…",
                "Look at everyone's scores together and agree the group's level for each item");
        consensus.setOnAction(e -> chooseQuestionnaire("consensus-dialog", "Agree consensus in "
                + model.roundProperty().get().label(), "Open", "Everyone's scores stay hidden until you reveal them, "
                + "so people still scoring in turn see nothing.").ifPresent(work::agree));
        consensus.disableProperty().bind(Bindings.isEmpty(model.rows()));
        var paper = Forms.button("type-paper-scores", "Type in paper scores…",
                "Type in score sheets people filled in on paper, one column per person");
        paper.setOnAction(e -> chooseQuestionnaire("paper-dialog", "Type in paper scores for "
                + model.roundProperty().get().label(), "Open", "One column per person; add a column for each sheet "
                + "from someone not yet listed.").ifPresent(work::typePaperScores));
        var results = Forms.button("see-results", "See results…",
                "Charts of this round's results and of the practice's rounds over time");
        results.setOnAction(e -> chooseQuestionnaire("results-dialog", "Results of "
                + model.roundProperty().get().label(), "Show", "Scores use the group's agreed levels where it agreed "
                + "one, and the average of people's answers elsewhere.").ifPresent(work::results));
        results.disableProperty().bind(Bindings.isEmpty(model.rows()));
        var delete = Forms.button("delete-respondent", "Delete person…",
                "Delete the selected person with all their answers and notes");
        delete.setOnAction(e -> deleteSelected());
        delete.disableProperty().bind(Bindings.isNull(model.selectedProperty()));
        getChildren().addAll(heading, list, Forms.buttonRow(add, carryOn, consensus, paper, results, delete));
    }

    void addRespondent() {
        var form = new FormDialog(getScene().getWindow(), "add-respondent-dialog",
                "Add a person to " + model.roundProperty().get().label(), "Start answering");
        var name = form.field("Name (optional)", new TextField(), "new-respondent-name",
                "Leave empty to answer anonymously; only the role is then recorded");
        var role = form.field("Role", new ComboBox<Role>(), "new-respondent-role", "The person's role in the practice");
        role.getItems().setAll(Role.values());
        var questionnaire = form.field("Questionnaire", new ComboBox<RespondentsViewModel.Choice>(),
                "new-respondent-questionnaire", "The questionnaire to answer first");
        questionnaire.setItems(model.questionnaires());
        if (!model.questionnaires().isEmpty()) {
            questionnaire.setValue(model.questionnaires().getFirst());
        }
        form.note("Answers are saved as they are given. Names are optional: an anonymous answer keeps only the role.");
        boolean accepted = form.showAndWait(() -> role.getValue() == null
                ? Optional.of("Choose the person's role.")
                : questionnaire.getValue() == null ? Optional.of("Choose a questionnaire.") : Optional.empty(), name);
        if (accepted) {
            String packId = questionnaire.getValue().packId();
            model.add(name.getText(), role.getValue(), added -> work.answer(added, packId));
        }
    }

    /** Asks which questionnaire; empty when the person cancels. */
    private Optional<String> chooseQuestionnaire(String id, String title, String accept, String note) {
        var form = new FormDialog(getScene().getWindow(), id, title, accept);
        var questionnaire = form.field("Questionnaire", new ComboBox<RespondentsViewModel.Choice>(),
                id.replace("-dialog", "") + "-questionnaire-choice", "The questionnaire to work on");
        questionnaire.setItems(model.questionnaires());
        if (!model.questionnaires().isEmpty()) {
            questionnaire.setValue(model.questionnaires().getFirst());
        }
        form.note(note);
        return form.showAndWait(() -> questionnaire.getValue() == null ? Optional.of("Choose a questionnaire.")
                : Optional.empty(), questionnaire) ? Optional.of(questionnaire.getValue().packId()) : Optional.empty();
    }

    /** Asks first, naming the person and what goes with them; then deletes them and everything they answered. */
    void deleteSelected() {
        var row = model.selectedProperty().get();
        Respondent person = row.respondent();
        String who = person.displayName() + (person.name() == null ? "" : " (" + person.role().label() + ")");
        model.deletionImpact(row, impact -> {
            String losses = impact.isEmpty() ? "They have not answered anything yet."
                    : "Their " + impact.describe() + ", notes included, go with them.";
            if (Confirmation.confirm(getScene().getWindow(), "delete-respondent-confirmation",
                    "Delete " + person.displayName() + "?", "This permanently deletes " + who + " from "
                            + model.roundProperty().get().label() + ". " + losses + " The levels the group agreed "
                            + "stay. This cannot be undone. If their response file is imported again, they come back.",
                    "Delete person")) {
                model.delete(row);
            }
        });
    }

    void answerSelected() {
        var row = model.selectedProperty().get();
        chooseQuestionnaire("answer-dialog", "Answer as " + row.respondent().displayName(), "Answer",
                "You carry on from the item where this person last stopped.")
                .ifPresent(packId -> work.answer(row.respondent(), packId));
    }
}
