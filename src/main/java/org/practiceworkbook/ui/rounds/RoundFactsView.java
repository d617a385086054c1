package org.practiceworkbook.ui.rounds;

import java.util.List;

import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

import org.practiceworkbook.assessment.InvalidInputException;
import org.practiceworkbook.assessment.Round;
import org.practiceworkbook.assessment.RoundFacts;
import org.practiceworkbook.ui.common.Commit;
import org.practiceworkbook.ui.common.Feedback;
import org.practiceworkbook.ui.common.Forms;

/**
 * The selected round's date and the facts recorded with it. Each field is saved when the person leaves it; a value
 * that cannot be accepted is named beneath the form and nothing is saved until it is put right.
 */
public final class RoundFactsView extends VBox {

    private final RoundsViewModel model;
    private final Label heading = new Label();
    private final DatePicker date = new DatePicker();
    private final TextField listSize = new TextField();
    private final TextField managementWte = new TextField();
    private final TextField gpPartners = new TextField();
    private final TextField salariedGps = new TextField();
    private final TextField deprivationDecile = new TextField();
    private final Label problem = new Label();
    private boolean showing;

    public RoundFactsView(RoundsViewModel model) {
        this.model = model;
        getStyleClass().add("round-facts");
        heading.getStyleClass().add("section-heading");
        heading.setId("round-facts-heading");
        problem.setId("round-facts-problem");
        problem.getStyleClass().add("form-error");
        problem.setWrapText(true);
        problem.managedProperty().bind(problem.visibleProperty());
        problem.setVisible(false);
        getChildren().addAll(heading, createForm(), problem);
        model.selectedProperty().addListener((o, was, is) -> show(is));
        show(model.selectedProperty().get());
    }

    private GridPane createForm() {
        var grid = Forms.grid();
        Forms.row(grid, "Date of the round", Forms.ukDates(date), "round-date",
                "The date the round was held or is planned for");
        Forms.row(grid, "List size", listSize, "round-list-size", "Registered patients at the time of the round");
        Forms.row(grid, "Management staff (WTE)", managementWte, "round-management-wte",
                "Management staff as whole-time equivalent: 37.5 hours a week is 1.0");
        Forms.row(grid, "GP partners", gpPartners, "round-gp-partners", "Number of GP partners (headcount)");
        Forms.row(grid, "Salaried GPs", salariedGps, "round-salaried-gps", "Number of salaried GPs (headcount)");
        Forms.row(grid, "Deprivation decile", deprivationDecile, "round-deprivation-decile",
                "1 for the most deprived tenth of areas, 10 for the least deprived");
        listSize.setPromptText("e.g. 9,800");
        managementWte.setPromptText("e.g. 2.5");
        deprivationDecile.setPromptText("1 (most deprived) to 10");
        for (TextField field : List.of(listSize, managementWte, gpPartners, salariedGps, deprivationDecile)) {
            Commit.onCommit(field, this::saveFacts);
        }
        date.valueProperty().addListener((o, was, is) -> saveDate());
        return grid;
    }


    private void show(Round round) {
        showing = true;
        setVisible(round != null);
        problem.setVisible(false);
        if (round != null) {
            heading.setText("Facts at " + round.label());
            date.setValue(round.date());
            RoundFacts f = round.facts();
            listSize.setText(f.listSize() == null ? "" : String.format("%,d", f.listSize()));
            managementWte.setText(f.managementWte() == null ? "" : f.managementWte().stripTrailingZeros().toPlainString());
            gpPartners.setText(text(f.gpPartners()));
            salariedGps.setText(text(f.salariedGps()));
            deprivationDecile.setText(text(f.deprivationDecile()));
        }
        showing = false;
    }

    private static String text(Integer value) {
        return value == null ? "" : value.toString();
    }

    private void saveDate() {
        Round round = model.selectedProperty().get();
        if (showing || round == null) {
            return;
        }
        if (date.getValue() == null) {
            complain("The round needs a date.");
            return;
        }
        problem.setVisible(false);
        model.changeDate(round, date.getValue());
    }

    private void saveFacts() {
        Round round = model.selectedProperty().get();
        if (showing || round == null) {
            return;
        }
        try {
            var facts = new RoundFacts(
                    RoundFacts.parseCount(listSize.getText(), "list size"),
                    RoundFacts.parseWte(managementWte.getText()),
                    RoundFacts.parseCount(gpPartners.getText(), "GP partners"),
                    RoundFacts.parseCount(salariedGps.getText(), "salaried GPs"),
                    RoundFacts.parseCount(deprivationDecile.getText(), "deprivation decile"));
            problem.setVisible(false);
            model.changeFacts(round, facts);
        } catch (InvalidInputException e) {
            complain(Feedback.describe(e) + ". Not saved until it is corrected.");
        }
    }

    private void complain(String message) {
        problem.setText("⚠ " + message);
        problem.setVisible(true);
    }
}
