package org.practiceworkbook.ui.actions;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import javafx.beans.Observable;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.practiceworkbook.assessment.ActionSuggestion;
import org.practiceworkbook.assessment.ItemRef;
import org.practiceworkbook.assessment.ItemScore;
import org.practiceworkbook.assessment.PlannedAction;
import org.practiceworkbook.ui.common.Forms;

/**
 * Where a plan starts: for each questionnaire, the items to act on from its newest answered round (largest gap to
 * target first, then disagreement, then lowest score), each with the questionnaire's suggested actions. One click
 * adds a suggested action to the plan, linked to its item, ready to edit.
 */
final class SuggestionsPane extends ScrollPane {

    private final ActionPlanViewModel model;
    private final Runnable showPlan;
    private final VBox content = new VBox();

    /** @param showPlan brings the plan into view, with the new action in its editor */
    SuggestionsPane(ActionPlanViewModel model, Runnable showPlan) {
        this.model = model;
        this.showPlan = showPlan;
        setId("action-suggestions");
        setFitToWidth(true);
        content.getStyleClass().add("action-suggestions");
        setContent(content);
        Forms.scrollToFocus(this);
        // Rebuilt when actions come or go, so each item says which of its actions are already in the plan; edits
        // to an action (saved as typed) wait until the tab is shown again.
        model.suggestions().addListener((Observable o) -> rebuild());
        model.rows().addListener((javafx.collections.ListChangeListener<ActionRow>) change -> {
            while (change.next()) {
                if (change.wasAdded() || change.wasRemoved()) {
                    rebuild();
                    return;
                }
            }
        });
        rebuild();
    }

    /** Brings what each item says about the plan up to date; when the tab is shown. */
    void refresh() {
        rebuild();
    }

    private void rebuild() {
        content.getChildren().clear();
        if (model.suggestions().isEmpty()) {
            content.getChildren().add(note("Suggestions appear once people have answered a questionnaire in one of "
                    + "this practice's rounds."));
            return;
        }
        for (var group : model.suggestions()) {
            var heading = new Label(group.title() + " \u00b7 from " + group.round().label());
            heading.getStyleClass().add("section-heading");
            heading.setWrapText(true);
            content.getChildren().add(heading);
            if (group.items().isEmpty()) {
                content.getChildren().add(note("Every item has reached its target and the team agreed: nothing to "
                        + "suggest."));
            }
            int rank = 1;
            for (ActionSuggestion suggestion : group.items()) {
                content.getChildren().add(card(group, suggestion, rank++));
            }
        }
    }

    private VBox card(ActionPlanReading.Suggestions group, ActionSuggestion suggestion, int rank) {
        var statement = new Label(rank + ". " + suggestion.statement());
        statement.getStyleClass().add("suggestion-statement");
        statement.setWrapText(true);
        statement.setMinHeight(Region.USE_PREF_SIZE);
        var card = new VBox(statement, note(suggestion.section() + " \u00b7 " + standing(suggestion.score())));
        card.getStyleClass().add("suggestion-card");
        List<PlannedAction> planned = planned(suggestion.item());
        if (!planned.isEmpty()) {
            card.getChildren().add(note("\u2713 In the plan: " + planned.stream().map(PlannedAction::title)
                    .collect(Collectors.joining("; "))));
        }
        var buttons = new VBox();
        buttons.getStyleClass().add("suggestion-actions");
        int index = 0;
        for (String action : suggestion.suggestedActions()) {
            boolean taken = planned.stream().anyMatch(a -> a.title().equalsIgnoreCase(action));
            Button add = Forms.button("adopt-" + suggestion.item().itemId() + "-" + index++,
                    (taken ? "\u2713 " : "+ ") + action, (taken ? "Already in the plan: " : "Add to the plan: ")
                            + action);
            add.setDisable(taken);
            add.getStyleClass().add("suggestion-button");
            add.setWrapText(true);
            add.setMinHeight(Region.USE_PREF_SIZE);
            add.setMaxWidth(Double.MAX_VALUE);
            add.setOnAction(e -> {
                model.adopt(group, suggestion, action);
                showPlan.run();
            });
            buttons.getChildren().add(add);
        }
        Button own = Forms.button("adopt-own-" + suggestion.item().itemId(), "Write your own action for this item…",
                "Write your own action for: " + suggestion.statement());
        own.setOnAction(e -> ActionPlanView.askTitle(getScene().getWindow()).ifPresent(title -> {
            model.addBlank(title, List.of(suggestion.item()));
            showPlan.run();
        }));
        buttons.getChildren().add(own);
        card.getChildren().add(buttons);
        return card;
    }

    private List<PlannedAction> planned(ItemRef item) {
        return model.rows().stream().map(ActionRow::action).filter(a -> a.linkedItems().contains(item)).toList();
    }

    /** Where the item stands, in words: the room's level, its target and the gap, and whether people disagreed. */
    private static String standing(ItemScore score) {
        var words = new StringBuilder();
        score.score().ifPresentOrElse(level -> words.append(score.fromConsensus() ? "agreed level " : "average level ")
                .append(level(level)), () -> words.append("no level yet"));
        score.target().ifPresent(target -> words.append(", target ").append(target));
        score.gap().ifPresent(gap -> words.append(gap > 0.05 ? ", " + level(gap) + (Math.abs(gap - 1) < 0.05
                ? " level" : " levels") + " short" : ""));
        if (score.isDisagreement()) {
            words.append(" \u00b7 \u26a0 the team disagreed");
        }
        return words.toString();
    }

    private static String level(double level) {
        return Math.abs(level - Math.rint(level)) < 0.05 ? String.valueOf((long) Math.rint(level))
                : String.format(Locale.UK, "%.1f", level);
    }

    private static Label note(String text) {
        var label = new Label(text);
        label.getStyleClass().add("form-note");
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
