package org.practiceworkbook.ui.actions;

import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The plan as a list: each action's title, then its owner, due date, priority and status in words, wrapping at any
 * text size. Overdue actions say "⚠ overdue" as well as standing out in colour.
 */
final class ActionList extends ListView<ActionRow> {

    private static final PseudoClass OVERDUE = PseudoClass.getPseudoClass("overdue");

    ActionList(ActionPlanViewModel model) {
        super(model.sorted());
        setId("action-list");
        setAccessibleText("Actions");
        getStyleClass().add("action-list");
        setCellFactory(list -> new Cell(model));
        var empty = new Label();
        empty.textProperty().bind(Bindings.when(Bindings.isEmpty(model.rows()))
                .then("No actions yet. Start from the Suggestions tab, or add an action of your own.")
                .otherwise("No actions match. Choose \u201cAll actions\u201d under Show, or clear Find."));
        empty.setWrapText(true);
        empty.getStyleClass().add("empty-state");
        setPlaceholder(empty);
    }

    private static final class Cell extends ListCell<ActionRow> {

        private final ActionPlanViewModel model;
        private final Label title = new Label();
        private final Label facts = new Label();
        private final VBox box = new VBox(title, facts);

        Cell(ActionPlanViewModel model) {
            this.model = model;
            title.getStyleClass().add("action-list-title");
            facts.getStyleClass().add("action-list-facts");
            for (Label label : new Label[] {title, facts}) {
                label.setWrapText(true);
                label.setMinHeight(Region.USE_PREF_SIZE);
            }
            box.getStyleClass().add("action-list-item");
            // Wrap at the list's width, less its scroll bar and padding, so nothing runs off to the side.
            listViewProperty().addListener((o, was, list) -> {
                if (list != null) {
                    box.maxWidthProperty().bind(list.widthProperty().subtract(40));
                    box.prefWidthProperty().bind(box.maxWidthProperty());
                }
            });
            setPrefWidth(0);
        }

        /** As tall as the wrapped words need at the list's width: a list cell would otherwise allow one line each. */
        @Override
        protected double computePrefHeight(double width) {
            if (getGraphic() == null || getListView() == null) {
                return super.computePrefHeight(width);
            }
            return snappedTopInset() + box.prefHeight(getListView().getWidth() - 40) + snappedBottomInset();
        }

        @Override
        protected void updateItem(ActionRow row, boolean empty) {
            super.updateItem(row, empty);
            boolean overdue = !empty && row != null && ActionText.isOverdue(row.action(), model.today());
            pseudoClassStateChanged(OVERDUE, overdue);
            if (empty || row == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            title.setText(row.action().title());
            facts.setText(ActionText.facts(row.action(), model.today()));
            setGraphic(box);
            setAccessibleText(title.getText() + ". " + facts.getText());
        }
    }
}
