package org.practiceworkbook.ui.actions;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.practiceworkbook.assessment.ActionReview;
import org.practiceworkbook.assessment.PlannedAction;
import org.practiceworkbook.ui.common.Forms;

/**
 * Shown first when a new round has started: each open action from before it, to be marked done, carried forward or
 * dropped, so nothing from the last round is silently forgotten. It empties as the team decides.
 */
final class ReviewPane extends VBox {

    private final ActionPlanViewModel model;
    private final VBox list = new VBox();

    ReviewPane(ActionPlanViewModel model) {
        this.model = model;
        setId("action-review");
        getStyleClass().add("action-review");
        var heading = new Label();
        heading.setId("action-review-heading");
        heading.getStyleClass().add("section-heading");
        heading.setWrapText(true);
        heading.setMinHeight(Region.USE_PREF_SIZE);
        heading.textProperty().bind(Bindings.createStringBinding(() -> {
            int open = model.toReview().size();
            String round = model.currentProperty().get() == null ? "this round"
                    : model.currentProperty().get().label();
            return "Review first: " + (open == 1 ? "1 open action" : open + " open actions")
                    + " from before " + round;
        }, model.toReview(), model.currentProperty()));
        var why = new Label("Decide each one before planning anew: mark it done, carry it forward into this round, or "
                + "drop it. Nothing from the last round is then forgotten.");
        why.setWrapText(true);
        why.setMinHeight(Region.USE_PREF_SIZE);
        why.getStyleClass().add("form-note");
        list.getStyleClass().add("action-review-list");
        getChildren().addAll(heading, why, list);
        model.toReview().addListener((ListChangeListener<PlannedAction>) change -> rebuild());
        // Shows each action as it now stands: an owner or date changed on the plan shows here too.
        model.rows().addListener((javafx.beans.Observable o) -> rebuild());
        rebuild();
    }

    private void rebuild() {
        list.getChildren().clear();
        for (PlannedAction listed : model.toReview()) {
            PlannedAction action = model.latest(listed);
            var title = new Label(action.title());
            title.getStyleClass().add("action-review-title");
            title.setWrapText(true);
            title.setMinHeight(Region.USE_PREF_SIZE);
            var facts = new Label(ActionText.facts(action, model.today()));
            facts.getStyleClass().add("form-note");
            facts.setWrapText(true);
            facts.setMinHeight(Region.USE_PREF_SIZE);
            var words = new VBox(title, facts);
            words.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(words, Priority.ALWAYS);
            var buttons = Forms.buttonRow();
            for (ActionReview outcome : ActionReview.values()) {
                var button = Forms.button("review-" + outcome.token() + "-" + action.id(), outcome.label(),
                        outcome.label() + ": " + action.title());
                button.setOnAction(e -> model.review(action, outcome));
                buttons.getChildren().add(button);
            }
            buttons.setMinWidth(Region.USE_PREF_SIZE);
            var line = new HBox(words, buttons);
            line.getStyleClass().add("action-review-line");
            list.getChildren().add(line);
        }
    }
}
