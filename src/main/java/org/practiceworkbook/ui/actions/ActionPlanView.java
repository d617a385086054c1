package org.practiceworkbook.ui.actions;

import java.util.List;
import java.util.Optional;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.practiceworkbook.assessment.PlannedAction;
import org.practiceworkbook.ui.common.FormDialog;
import org.practiceworkbook.ui.common.Forms;

/**
 * A practice's action plan: what a new round must review first, warnings past the priority cap and for overdue
 * actions, then the plan (a sortable, filterable list beside an editor that saves as typed) and the suggestions to
 * start it from.
 */
public final class ActionPlanView extends BorderPane {

    private final ActionPlanViewModel model;
    private final ActionEditor editor;
    private final ActionList list;
    private final TabPane tabs = new TabPane();

    /** @param print prints the plan as it stands */
    public ActionPlanView(ActionPlanViewModel model, Runnable back, Runnable print) {
        this.model = model;
        this.editor = new ActionEditor(model);
        this.list = new ActionList(model);
        setId("action-plan-view");
        setTop(createHeader(back, print));
        var plan = new Tab("Plan", createPlan());
        plan.setId("action-tab-plan");
        var suggestionsPane = new SuggestionsPane(model, () -> {
            tabs.getSelectionModel().select(plan);
            Platform.runLater(() -> editor.lookup("#action-title").requestFocus());
        });
        var suggestions = new Tab("Suggestions", suggestionsPane);
        suggestions.setOnSelectionChanged(e -> {
            if (suggestions.isSelected()) {
                suggestionsPane.refresh();
            }
        });
        suggestions.setId("action-tab-suggestions");
        var reviewScroll = new ScrollPane(new ReviewPane(model));
        reviewScroll.setFitToWidth(true);
        Forms.scrollToFocus(reviewScroll);
        var review = new Tab("Review first", reviewScroll);
        review.setId("action-tab-review");
        review.textProperty().bind(Bindings.size(model.toReview()).asString("Review first (%d)"));
        tabs.getTabs().setAll(plan, suggestions);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("action-tabs");
        // The review comes first while anything is left to decide, and goes once all is decided.
        model.toReview().addListener((javafx.collections.ListChangeListener<PlannedAction>) change -> {
            if (model.toReview().isEmpty() && tabs.getTabs().remove(review)) {
                tabs.getSelectionModel().select(plan);
            } else if (!model.toReview().isEmpty() && !tabs.getTabs().contains(review)) {
                tabs.getTabs().addFirst(review);
            }
        });
        var body = new VBox(warning("action-priority-warning", model.priorityWarning()),
                warning("action-overdue", model.overdueSummary()), tabs);
        body.getStyleClass().add("action-plan-body");
        VBox.setVgrow(tabs, Priority.ALWAYS);
        setCenter(body);
        model.editingProperty().addListener((o, was, is) -> {
            if (is != null && list.getSelectionModel().getSelectedItem() != is) {
                list.getSelectionModel().select(is);
                list.scrollTo(is);
            }
        });
        // A new round's review comes first; then an empty plan starts from the suggestions.
        model.loadedProperty().addListener((o, was, is) -> {
            if (is && model.editingProperty().get() == null && !list.getItems().isEmpty()) {
                list.getSelectionModel().select(0);
            }
            if (is && tabs.getTabs().contains(review)) {
                tabs.getSelectionModel().select(review);
            } else if (is && model.rows().isEmpty() && !model.suggestions().isEmpty()) {
                tabs.getSelectionModel().select(suggestions);
            }
        });
    }

    public ActionPlanViewModel model() {
        return model;
    }

    /** Saves whatever is still being typed; before the screen is left or the program closes. */
    public void flush() {
        editor.flush();
    }

    private Node createHeader(Runnable back, Runnable print) {
        var backButton = Forms.button("action-plan-back", "\u2190 Back", "Back to the practice");
        backButton.setOnAction(e -> {
            flush();
            back.run();
        });
        var title = new Label("Action plan \u00b7 " + model.practice().name());
        title.setId("action-plan-title");
        title.getStyleClass().add("walkthrough-title");
        title.setWrapText(true);
        HBox.setHgrow(title, Priority.ALWAYS);
        title.setMaxWidth(Double.MAX_VALUE);
        var printButton = Forms.button("action-plan-print", "Print\u2026", "Print the action plan");
        printButton.disableProperty().bind(Bindings.notEqual(Boolean.TRUE, model.loadedProperty()));
        printButton.setOnAction(e -> {
            flush();
            print.run();
        });
        var top = new HBox(backButton, title, printButton);
        top.getStyleClass().add("consensus-header-row");
        var header = new VBox(top);
        header.getStyleClass().addAll("walkthrough-header", "consensus-header");
        return header;
    }

    private Node createPlan() {
        var filter = new ComboBox<ActionFilter>();
        filter.getItems().setAll(ActionFilter.values());
        filter.valueProperty().bindBidirectional(model.filterProperty());
        filter.setId("action-filter");
        filter.setAccessibleText("Show");
        var filterLabel = new Label("Show");
        filterLabel.setLabelFor(filter);
        var search = new TextField();
        search.setId("action-search");
        search.setPromptText("Find words");
        search.setAccessibleText("Find actions by their words, owner or anchor");
        search.textProperty().bindBidirectional(model.searchProperty());
        var searchLabel = new Label("Find");
        searchLabel.setLabelFor(search);
        var add = Forms.button("action-add", "Add action\u2026", "Add an action of your own");
        add.setOnAction(e -> askTitle(getScene().getWindow()).ifPresent(title -> model.addBlank(title, List.of())));
        var cap = new Spinner<Integer>(1, 20, model.priorityCapProperty().get());
        cap.setId("action-priority-cap");
        cap.setPrefWidth(5.5 * 14);
        cap.getStyleClass().add("priority-cap");
        cap.setAccessibleText("Priority limit: high-priority actions the practice can carry at once");
        cap.setAccessibleHelp("Past this number of open high-priority actions, the plan warns");
        model.priorityCapProperty().addListener((o, was, is) -> cap.getValueFactory().setValue(is.intValue()));
        cap.valueProperty().addListener((o, was, is) -> model.setPriorityCap(is));
        var capLabel = new Label("Priority limit");
        capLabel.setLabelFor(cap);
        var order = new ComboBox<ActionOrder>();
        order.getItems().setAll(ActionOrder.values());
        order.valueProperty().bindBidirectional(model.orderProperty());
        order.setId("action-order");
        order.setAccessibleText("Sort by");
        var orderLabel = new Label("Sort by");
        orderLabel.setLabelFor(order);
        var tools = Forms.buttonRow(add, filterLabel, filter, orderLabel, order, searchLabel, search, capLabel, cap);
        tools.getStyleClass().add("action-tools");

        list.getSelectionModel().selectedItemProperty().addListener((o, was, is) -> {
            if (is != null) {
                model.editingProperty().set(is);
            }
        });
        var editorScroll = new ScrollPane(editor);
        editorScroll.setFitToWidth(true);
        editorScroll.setId("action-editor-scroll");
        Forms.scrollToFocus(editorScroll);
        var split = new SplitPane(list, editorScroll);
        split.setDividerPositions(0.5);
        var plan = new VBox(tools, split);
        plan.getStyleClass().add("action-plan-tab");
        VBox.setVgrow(split, Priority.ALWAYS);
        return plan;
    }

    private static Label warning(String id, StringBinding text) {
        var label = new Label();
        label.setId(id);
        label.textProperty().bind(Bindings.createStringBinding(() -> text.get().isEmpty() ? "" : "\u26a0 " + text.get(),
                text));
        label.getStyleClass().add("action-warning");
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.visibleProperty().bind(Bindings.isNotEmpty(text));
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    /** Asks what a new action will do; its other parts are filled in the editor afterwards. */
    static Optional<String> askTitle(Window owner) {
        var dialog = new FormDialog(owner, "add-action-dialog", "Add an action", "Add action");
        var title = dialog.stackedField("What will be done", new TextField(), "add-action-title",
                "A short title saying what will be done");
        dialog.note("Owner, dates, priority and how you will know it worked are filled in next, beside the plan.");
        boolean added = dialog.showAndWait(() -> {
            String text = title.getText().strip();
            if (text.isEmpty()) {
                return Optional.of("Say what will be done: an action needs a title.");
            }
            if (text.length() > PlannedAction.MAX_TITLE_LENGTH) {
                return Optional.of("Keep the title under " + PlannedAction.MAX_TITLE_LENGTH
                        + " characters; the details go in the editor.");
            }
            return Optional.empty();
        }, title);
        return added ? Optional.of(title.getText().strip()) : Optional.empty();
    }
}
