package org.practiceworkbook.ui.rounds;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

import org.practiceworkbook.assessment.Round;
import org.practiceworkbook.ui.common.Confirmation;
import org.practiceworkbook.ui.common.FormDialog;
import org.practiceworkbook.ui.common.Forms;

/** The selected practice's assessment rounds: a table, Add, Rename and Delete, and the selected round's facts. */
public final class RoundsView extends VBox {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy");

    private final RoundsViewModel model;
    private final TableView<Round> table = new TableView<>();

    /** @param people the people answering in the selected round, shown beside its facts */
    public RoundsView(RoundsViewModel model, Node people) {
        this.model = model;
        getStyleClass().add("rounds-pane");
        var heading = new Label("Assessment rounds");
        heading.getStyleClass().add("section-heading");
        getChildren().addAll(heading, createTable(), createButtons(), createRoundTabs(people));
    }

    /** The selected round's two sides: who is answering (the main task), and the facts recorded with it. */
    private TabPane createRoundTabs(Node people) {
        var answering = new Tab("People answering", people);
        answering.setId("people-tab");
        var facts = new Tab("Facts at this round", new RoundFactsView(model));
        facts.setId("facts-tab");
        var tabs = new TabPane(answering, facts);
        tabs.setId("round-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add("round-tabs");
        tabs.visibleProperty().bind(Bindings.isNotNull(model.selectedProperty()));
        tabs.managedProperty().bind(tabs.visibleProperty());
        return tabs;
    }

    private TableView<Round> createTable() {
        table.setId("round-table");
        table.setAccessibleText("Assessment rounds");
        table.setAccessibleHelp("The practice's assessment rounds, newest first");
        table.setItems(model.rounds());
        table.setPlaceholder(new Label("No assessment rounds yet. Add one to record a baseline."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(180);
        var date = column("Date", r -> DATE.format(r.date()));
        var listSize = column("List size", r -> r.facts().listSize() == null ? "–" : String.format("%,d", r.facts().listSize()));
        // Short columns take a fixed share, so the label (last, and flexible) keeps the most room at any text size.
        date.prefWidthProperty().bind(table.widthProperty().multiply(0.28));
        listSize.prefWidthProperty().bind(table.widthProperty().multiply(0.2));
        table.getColumns().setAll(date, listSize, column("Label", Round::label));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, is) -> {
            if (is != null) {
                model.selectedProperty().set(is);
            }
        });
        model.selectedProperty().addListener((o, was, is) -> {
            if (table.getSelectionModel().getSelectedItem() != is) {
                table.getSelectionModel().select(is);
            }
        });
        return table;
    }

    private static TableColumn<Round, String> column(String title, Function<Round, String> value) {
        var column = new TableColumn<Round, String>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setSortable(false);
        return column;
    }

    private FlowPane createButtons() {
        var add = Forms.button("add-round", "Add round…", "Add an assessment round");
        add.setOnAction(e -> addRound());
        add.disableProperty().bind(Bindings.isNull(model.practiceProperty()));
        var rename = Forms.button("rename-round", "Rename…", "Rename the selected round");
        rename.setOnAction(e -> renameRound());
        var delete = Forms.button("delete-round", "Delete…", "Delete the selected round and its answers");
        delete.setOnAction(e -> deleteRound());
        var anonymise = Forms.button("anonymise-round", "Anonymise…",
                "Replace the names of the selected round's people with Respondent 1, 2 and so on, and remove notes");
        anonymise.setOnAction(e -> anonymiseRound());
        var none = Bindings.isNull(model.selectedProperty());
        rename.disableProperty().bind(none);
        delete.disableProperty().bind(none);
        anonymise.disableProperty().bind(none);
        return Forms.buttonRow(add, rename, anonymise, delete);
    }


    void addRound() {
        var form = new FormDialog(getScene().getWindow(), "add-round-dialog",
                "Add a round to " + model.practiceProperty().get().name(), "Add round");
        var label = form.field("Label", new TextField(), "new-round-label",
                "A name for the round, for example Baseline March 2027");
        label.setPromptText("e.g. Baseline March 2027");
        var date = form.field("Date", Forms.ukDates(new DatePicker(LocalDate.now())), "new-round-date",
                "The date the round is held");
        if (!model.rounds().isEmpty()) {
            form.note("The facts recorded at " + model.rounds().getFirst().label()
                    + " (list size, staff) are copied to the new round; change any that have moved on.");
        }
        if (form.showAndWait(() -> model.checkNew(label.getText(), date.getValue()), label)) {
            model.add(label.getText(), date.getValue());
        }
    }

    void renameRound() {
        Round round = model.selectedProperty().get();
        var form = new FormDialog(getScene().getWindow(), "rename-round-dialog", "Rename " + round.label(), "Rename");
        var label = form.field("New label", new TextField(round.label()), "renamed-round-label",
                "The round's new label");
        if (form.showAndWait(() -> model.checkLabel(label.getText(), round), label)) {
            model.rename(round, label.getText());
        }
    }

    /** Asks, saying plainly what goes and that it cannot be undone, whether notes go too; then anonymises. */
    void anonymiseRound() {
        Round round = model.selectedProperty().get();
        model.anonymisingImpact(round, impact -> {
            var form = new FormDialog(getScene().getWindow(), "anonymise-round-dialog", "Anonymise " + round.label(),
                    "Anonymise round");
            form.dangerous();
            long people = impact.people();
            form.note(people == 0 ? "Nobody has answered in this round yet."
                    : "The names of the " + (people == 1 ? "person" : people + " people") + " in " + round.label()
                    + " are replaced with " + (people == 1 ? "Respondent 1" : "Respondent 1 to Respondent " + people)
                    + ". Their roles and answers stay, so the results still read by role.");
            var notes = form.wideField(new CheckBox("Also remove the notes: " + count(impact.answerNotes(),
                            "note") + " beside people's answers and " + count(impact.discussionNotes(), "note")
                            + " from the group's discussion"), "anonymise-remove-notes",
                    "Removes every note in this round; the group's discussion notes go too, as they often name people");
            form.note("The group's discussion notes are removed with the rest because they often name people. "
                    + "Notes left in place stay exactly as written, names and all. The action plan is not changed.");
            form.note("This cannot be undone: the names and removed notes are gone for good.");
            if (form.showAndWait(java.util.Optional::empty, notes)) {
                model.anonymise(round, notes.isSelected());
            }
        });
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    void deleteRound() {
        Round round = model.selectedProperty().get();
        model.deletionImpact(round, impact -> {
            if (Confirmation.confirmDeletion(getScene().getWindow(), "delete-round-confirmation",
                    "Delete " + round.label() + "?", "the round " + round.label(), "Nobody has answered in it yet.",
                    impact, "Delete round")) {
                model.delete(round);
            }
        });
    }
}
