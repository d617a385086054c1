package org.practiceworkbook.ui.actions;

import java.util.ArrayList;
import java.util.List;

import javafx.animation.PauseTransition;
import javafx.beans.value.ChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import org.practiceworkbook.assessment.InvalidInputException;
import org.practiceworkbook.assessment.ItemRef;
import org.practiceworkbook.assessment.PlannedAction;
import org.practiceworkbook.ui.common.Confirmation;
import org.practiceworkbook.ui.common.Forms;

/**
 * Every part of one action, each saved as it is typed, like answers: text after a short pause or when the person
 * moves on, choices and dates at once. A title left empty is not saved, and says so beside it.
 */
final class ActionEditor extends VBox {

    /** The field an invalid title is reported against ({@link PlannedAction}'s own name for it). */
    private static final String TITLE = "action";

    private final ActionPlanViewModel model;
    private final Label heading = new Label("Choose an action to see and edit all of it.");
    private final Label titleProblem = new Label();
    private final TextArea title = new TextArea();
    private final TextArea description = new TextArea();
    private final VBox linked = new VBox();
    private final TextField owner = new TextField();
    private final TextField anchor = new TextField();
    private final DatePicker due = Forms.ukDates(new DatePicker());
    private final ComboBox<PlannedAction.Priority> priority = new ComboBox<>();
    private final ComboBox<PlannedAction.Status> status = new ComboBox<>();
    private final TextArea measure = new TextArea();
    private final DatePicker review = Forms.ukDates(new DatePicker());
    private final VBox form = new VBox();
    private final PauseTransition typing = new PauseTransition(Duration.millis(600));
    /**
     * A change made elsewhere (a review deciding the action) is shown; the editor's own saves are already. Only the
     * action in the editor counts: a listener still being told of the action it has just left must not fill the form.
     */
    private final ChangeListener<PlannedAction> changedElsewhere = (o, was, is) -> {
        if (!this.saving && this.row != null && o == this.row.actionProperty() && is != null) {
            fill(is);
        }
    };
    private List<ItemRef> links = List.of();
    private ActionRow row;
    private boolean filling;
    private boolean saving;

    ActionEditor(ActionPlanViewModel model) {
        this.model = model;
        setId("action-editor");
        getStyleClass().add("action-editor");
        heading.setId("action-editor-heading");
        heading.getStyleClass().add("section-heading");
        heading.setWrapText(true);
        titleProblem.setId("action-title-problem");
        titleProblem.getStyleClass().add("form-error");
        titleProblem.setWrapText(true);
        titleProblem.managedProperty().bind(titleProblem.visibleProperty());
        titleProblem.setVisible(false);
        form.getChildren().addAll(createFields(), titleProblem, createDelete());
        form.getStyleClass().add("action-editor-form");
        form.setVisible(false);
        form.managedProperty().bind(form.visibleProperty());
        getChildren().addAll(heading, form);
        typing.setOnFinished(e -> save());
        model.editingProperty().addListener((o, was, is) -> show(is));
    }

    private VBox createFields() {
        var grid = Forms.grid();
        Forms.stackedRow(grid, "What will be done", title, "action-title",
                "A short title saying what will be done; needed");
        title.setPrefRowCount(2);
        title.setWrapText(true);
        // A title is one line of words: Enter moves on rather than starting a new line.
        title.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, key -> {
            if (key.getCode() == javafx.scene.input.KeyCode.ENTER) {
                key.consume();
                flush();
            }
        });
        Forms.stackedRow(grid, "Details, and why", description, "action-description",
                "What the action involves, and which findings prompted it");
        description.setPrefRowCount(3);
        description.setWrapText(true);
        var linkedLabel = new Label("Answers these items");
        linkedLabel.getStyleClass().add("stacked-label");
        linked.setId("action-linked-items");
        linked.getStyleClass().add("action-linked-items");
        var link = Forms.button("action-link-item", "Link an item…", "Link this action to a questionnaire item");
        link.setOnAction(e -> ItemChooser.choose(getScene().getWindow(), model, links).ifPresent(item -> {
            var more = new ArrayList<>(links);
            more.add(item);
            setLinks(more);
            save();
        }));
        grid.add(linkedLabel, 0, grid.getRowCount(), 2, 1);
        grid.add(linked, 0, grid.getRowCount(), 2, 1);
        grid.add(link, 0, grid.getRowCount(), 2, 1);
        Forms.row(grid, "Owner", owner, "action-owner", "Who answers for the action");
        Forms.row(grid, "Anchor", anchor, "action-anchor",
                "Who keeps it moving between meetings, if not the owner (often the practice manager)");
        owner.setPromptText("Who answers for it");
        anchor.setPromptText("Who keeps it moving");
        Forms.row(grid, "Due by", due, "action-due", "The date it should be done by");
        priority.getItems().setAll(PlannedAction.Priority.values());
        priority.setConverter(Labels.of(PlannedAction.Priority::label));
        Forms.row(grid, "Priority", priority, "action-priority", "How soon it matters");
        status.getItems().setAll(PlannedAction.Status.values());
        status.setConverter(Labels.of(PlannedAction.Status::label));
        Forms.row(grid, "Status", status, "action-status", "Where the action has got to");
        Forms.stackedRow(grid, "How you will know it worked", measure, "action-measure",
                "The success measure: what will be true when the action has worked");
        measure.setPrefRowCount(2);
        measure.setWrapText(true);
        Forms.row(grid, "Review on", review, "action-review", "When to look at it again");
        for (TextInputControl text : List.of(title, description, owner, anchor, measure)) {
            text.textProperty().addListener((o, was, is) -> {
                if (!filling) {
                    typing.playFromStart();
                }
            });
            text.focusedProperty().addListener((o, was, is) -> {
                if (!is) {
                    flush();
                }
            });
        }
        due.valueProperty().addListener((o, was, is) -> saveNow());
        review.valueProperty().addListener((o, was, is) -> saveNow());
        priority.valueProperty().addListener((o, was, is) -> saveNow());
        status.valueProperty().addListener((o, was, is) -> saveNow());
        return new VBox(grid);
    }

    private HBox createDelete() {
        var delete = Forms.button("action-delete", "Delete action…", "Delete this action");
        delete.getStyleClass().add("danger");
        delete.setOnAction(e -> {
            if (row != null && Confirmation.confirm(getScene().getWindow(), "confirm-delete-action",
                    "Delete \u201c" + row.action().title() + "\u201d?",
                    "The action is removed from the plan for good. To keep a record that it was not done, set its "
                            + "status to Dropped instead.", "Delete action")) {
                typing.stop();
                model.delete(row);
            }
        });
        return new HBox(delete);
    }

    /** Saves a change still being typed; called before another action is shown or the screen is left. */
    void flush() {
        if (typing.getStatus() == javafx.animation.Animation.Status.RUNNING) {
            typing.stop();
            save();
        }
    }

    private void show(ActionRow next) {
        flush();
        if (row != null) {
            row.actionProperty().removeListener(changedElsewhere);
        }
        row = next;
        form.setVisible(next != null);
        if (next == null) {
            heading.setText("Choose an action to see and edit all of it.");
            return;
        }
        heading.setText("This action \u00b7 changes are saved as you type");
        next.actionProperty().addListener(changedElsewhere);
        fill(next.action());
    }

    private void fill(PlannedAction action) {
        filling = true;
        title.setText(action.title());
        description.setText(text(action.description()));
        owner.setText(text(action.owner()));
        anchor.setText(text(action.anchor()));
        due.setValue(action.dueOn());
        priority.setValue(action.priority());
        status.setValue(action.status());
        measure.setText(text(action.successMeasure()));
        review.setValue(action.reviewOn());
        setLinks(action.linkedItems());
        titleProblem.setVisible(false);
        filling = false;
    }

    private void setLinks(List<ItemRef> items) {
        links = List.copyOf(items);
        linked.getChildren().clear();
        if (links.isEmpty()) {
            var none = new Label("Not linked to any item yet.");
            none.getStyleClass().add("form-note");
            linked.getChildren().add(none);
        }
        for (ItemRef item : links) {
            var words = new Label(model.statement(item));
            words.setWrapText(true);
            words.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            HBox.setHgrow(words, javafx.scene.layout.Priority.ALWAYS);
            words.setMaxWidth(Double.MAX_VALUE);
            Button unlink = Forms.button("action-unlink-" + item.itemId(), "Remove",
                    "Remove the link to \u201c" + model.statement(item) + "\u201d");
            unlink.setOnAction(e -> {
                var fewer = new ArrayList<>(links);
                fewer.remove(item);
                setLinks(fewer);
                save();
            });
            unlink.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            var line = new HBox(words, unlink);
            line.getStyleClass().add("action-linked-item");
            linked.getChildren().add(line);
        }
    }

    private void saveNow() {
        if (!filling) {
            typing.stop();
            save();
        }
    }

    private void save() {
        if (row == null || filling) {
            return;
        }
        try {
            PlannedAction changed = built();
            titleProblem.setVisible(false);
            edit(changed);
        } catch (InvalidInputException problem) {
            if (TITLE.equals(problem.field())) {
                // The rest of the form is still saved, under the title last saved, so nothing typed is lost.
                saveKeepingTitle(problem);
            } else {
                showProblem(capitalised(problem.getMessage()) + ". The rest is saved as it was until this is put "
                        + "right.");
            }
        }
    }

    private void saveKeepingTitle(InvalidInputException titleProblemFound) {
        try {
            edit(built(row.action().title()));
            showProblem(capitalised(titleProblemFound.getMessage()) + ". Everything else is saved; the title stays "
                    + "\u201c" + row.action().title() + "\u201d until you type a new one.");
        } catch (InvalidInputException other) {
            showProblem(capitalised(other.getMessage()) + ". The rest is saved as it was until this is put right.");
        }
    }

    /** Hands the form's action to the plan; the change it makes to the row is the editor's own, not to be shown back. */
    private void edit(PlannedAction changed) {
        saving = true;
        try {
            model.edit(row, changed);
        } finally {
            saving = false;
        }
    }

    private void showProblem(String message) {
        titleProblem.setText(message);
        titleProblem.setVisible(true);
    }

    /** The action as the form shows it. */
    private PlannedAction built() {
        return built(title.getText());
    }

    private PlannedAction built(String titleText) {
        PlannedAction was = row.action();
        return new PlannedAction(was.id(), was.publicId(), was.practiceId(), was.originRoundId(), titleText,
                description.getText(), owner.getText(), anchor.getText(), due.getValue(), priority.getValue(),
                status.getValue(), measure.getText(), review.getValue(), links);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
