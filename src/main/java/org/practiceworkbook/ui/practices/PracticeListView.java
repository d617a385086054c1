package org.practiceworkbook.ui.practices;

import java.util.Objects;

import javafx.beans.binding.Bindings;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.practiceworkbook.assessment.OrganisationalModel;
import org.practiceworkbook.assessment.Practice;
import org.practiceworkbook.ui.common.Confirmation;
import org.practiceworkbook.ui.common.FormDialog;
import org.practiceworkbook.ui.common.Forms;

/** The practices down the left of the window, with Add, Rename and Delete. */
public final class PracticeListView extends VBox {

    private final PracticesViewModel model;
    private final ListView<Practice> list = new ListView<>();

    public PracticeListView(PracticesViewModel model) {
        this.model = model;
        getStyleClass().add("practice-list-pane");
        var heading = new Label("Practices");
        heading.getStyleClass().add("pane-heading");
        getChildren().addAll(heading, createList(), createButtons());
        VBox.setVgrow(list, Priority.ALWAYS);
    }

    private ListView<Practice> createList() {
        list.setId("practice-list");
        list.setAccessibleText("Practices");
        list.setAccessibleHelp("Choose a practice to see its details and assessment rounds");
        list.setItems(model.practices());
        list.setPlaceholder(new Label("No practices yet.\nAdd one to begin."));
        list.setCellFactory(v -> new ListCell<>() {
            {
                // Long names wrap onto a second line instead of being cut short at large text sizes.
                setWrapText(true);
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(Practice practice, boolean empty) {
                super.updateItem(practice, empty);
                setText(empty || practice == null ? null
                        : practice.name() + (practice.odsCode() == null ? "" : " (" + practice.odsCode() + ")"));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, was, is) -> {
            if (is != null) {
                model.selectedProperty().set(is);
            }
        });
        model.selectedProperty().addListener((o, was, is) -> {
            if (!Objects.equals(list.getSelectionModel().getSelectedItem(), is)) {
                list.getSelectionModel().select(is);
            }
        });
        return list;
    }

    private FlowPane createButtons() {
        var add = Forms.button("add-practice", "Add…", "Add a practice");
        add.setOnAction(e -> addPractice());
        var rename = Forms.button("rename-practice", "Rename…", "Rename the selected practice");
        rename.setOnAction(e -> renamePractice());
        var delete = Forms.button("delete-practice", "Delete…", "Delete the selected practice and everything recorded for it");
        delete.setOnAction(e -> deletePractice());
        var none = Bindings.isNull(model.selectedProperty());
        rename.disableProperty().bind(none);
        delete.disableProperty().bind(none);
        return Forms.buttonRow(add, rename, delete);
    }


    void addPractice() {
        var form = new FormDialog(getScene().getWindow(), "add-practice-dialog", "Add a practice", "Add practice");
        var name = form.field("Practice name", new TextField(), "new-practice-name",
                "The practice's name, as its team knows it");
        var ods = form.field("ODS code (optional)", new TextField(), "new-practice-ods",
                "The practice's ODS code, for example A81001");
        var models = form.field("Organisational model", new ComboBox<OrganisationalModel>(), "new-practice-model",
                "The main organisational model the practice works in");
        models.getItems().setAll(OrganisationalModel.values());
        models.setValue(OrganisationalModel.PARTNERSHIP);
        if (form.showAndWait(() -> model.checkNew(name.getText(), ods.getText(), models.getValue()), name)) {
            model.add(name.getText(), ods.getText(), models.getValue());
        }
    }

    void renamePractice() {
        Practice practice = model.selectedProperty().get();
        var form = new FormDialog(getScene().getWindow(), "rename-practice-dialog", "Rename " + practice.name(), "Rename");
        var name = form.field("New name", new TextField(practice.name()), "renamed-practice-name",
                "The practice's new name");
        if (form.showAndWait(() -> model.checkName(name.getText(), practice), name)) {
            model.rename(practice, name.getText());
        }
    }

    void deletePractice() {
        Practice practice = model.selectedProperty().get();
        model.deletionImpact(practice, impact -> {
            if (Confirmation.confirmDeletion(getScene().getWindow(), "delete-practice-confirmation",
                    "Delete " + practice.name() + "?", practice.name(), "Nothing has been recorded for it yet.",
                    impact, "Delete practice")) {
                model.delete(practice);
            }
        });
    }
}
