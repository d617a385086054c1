package org.practiceworkbook.ui.practices;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

import org.practiceworkbook.assessment.OrganisationalModel;
import org.practiceworkbook.assessment.Practice;
import org.practiceworkbook.ui.common.Commit;
import org.practiceworkbook.ui.common.Forms;

/**
 * The selected practice's details (ODS code, organisational model and memberships, each saved when changed) and the
 * way to its action plan.
 */
public final class PracticeDetailsView extends VBox {

    private final PracticesViewModel model;
    private final Label heading = new Label();
    private final TextField ods = new TextField();
    private final ComboBox<OrganisationalModel> organisationalModel = new ComboBox<>();
    private final TextField pcn = new TextField();
    private final TextField federation = new TextField();
    private boolean showing;

    /** @param openActionPlan shows the practice's action plan in place of the practice */
    public PracticeDetailsView(PracticesViewModel model, Runnable openActionPlan) {
        this.model = model;
        getStyleClass().add("practice-details");
        heading.setId("practice-heading");
        heading.getStyleClass().add("practice-heading");
        heading.setWrapText(true);
        heading.setMaxWidth(Double.MAX_VALUE);
        javafx.scene.layout.HBox.setHgrow(heading, javafx.scene.layout.Priority.ALWAYS);
        var plan = Forms.button("open-action-plan", "Action plan",
                "The practice's action plan: review, suggestions, edit and print");
        plan.getStyleClass().add("accent");
        plan.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        plan.setOnAction(e -> openActionPlan.run());
        var top = new javafx.scene.layout.HBox(heading, plan);
        top.getStyleClass().add("practice-heading-row");
        getChildren().addAll(top, createForm());
        model.selectedProperty().addListener((o, was, is) -> show(is));
        show(model.selectedProperty().get());
    }

    private GridPane createForm() {
        var grid = Forms.grid();
        Forms.row(grid, "ODS code", ods, "practice-ods", "The practice's ODS code, for example A81001 (optional)");
        organisationalModel.getItems().setAll(OrganisationalModel.values());
        Forms.row(grid, "Organisational model", organisationalModel, "practice-model",
                "The main organisational model the practice works in");
        Forms.row(grid, "Primary care network", pcn, "practice-pcn",
                "The PCN the practice belongs to; leave empty if none");
        Forms.row(grid, "Federation", federation, "practice-federation",
                "The GP federation the practice belongs to; leave empty if none");
        pcn.setPromptText("Not a member");
        federation.setPromptText("Not a member");
        ods.setPromptText("None recorded");
        Commit.onCommit(ods, this::save);
        Commit.onCommit(pcn, this::save);
        Commit.onCommit(federation, this::save);
        organisationalModel.valueProperty().addListener((o, was, is) -> save());
        return grid;
    }


    private void show(Practice practice) {
        showing = true;
        setVisible(practice != null);
        if (practice != null) {
            heading.setText(practice.name());
            ods.setText(practice.odsCode() == null ? "" : practice.odsCode());
            organisationalModel.setValue(practice.model());
            pcn.setText(practice.pcn() == null ? "" : practice.pcn());
            federation.setText(practice.federation() == null ? "" : practice.federation());
        }
        showing = false;
    }

    private void save() {
        Practice practice = model.selectedProperty().get();
        if (showing || practice == null) {
            return;
        }
        model.updateDetails(practice, ods.getText(), organisationalModel.getValue(), pcn.getText(), federation.getText());
    }
}
