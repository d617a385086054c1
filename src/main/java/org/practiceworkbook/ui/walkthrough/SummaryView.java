package org.practiceworkbook.ui.walkthrough;

import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import org.practiceworkbook.assessment.AnswerSheet;
import org.practiceworkbook.questionnaire.Item;

/** The end of the questionnaire: what is still unanswered and how many "don't know"s, section by section. */
final class SummaryView extends VBox {

    private final WalkthroughViewModel model;
    private final Runnable finish;

    SummaryView(WalkthroughViewModel model, Runnable finish) {
        this.model = model;
        this.finish = finish;
        getStyleClass().add("summary-view");
        setId("summary");
    }

    void show(AnswerSheet sheet) {
        getChildren().clear();
        var heading = new Label("Summary: " + sheet.questionnaire().title());
        heading.getStyleClass().add("item-statement");
        heading.setWrapText(true);
        var overall = new Label(sheet.isComplete()
                ? "Every item is answered. You can still change any answer: choose a section on the left."
                : sheet.answeredCount() + " of " + sheet.askedCount() + " items answered. The rest are listed below; "
                        + "choose one to answer it.");
        overall.setId("summary-overall");
        overall.setWrapText(true);
        getChildren().addAll(heading, overall);
        int number = 0;
        for (var progress : sheet.sectionProgress()) {
            number++;
            var title = new Label(progress.section().title());
            title.getStyleClass().add("section-heading");
            title.setWrapText(true);
            String line = progress.partnersOnly() ? "For partners only: the facilitator has kept this section for the partners."
                    : progress.asked() == 0 ? "Does not apply to this practice's organisational model."
                    : progress.answered() + " of " + progress.asked() + " answered; "
                            + (progress.dontKnow() == 0 ? "no" : String.valueOf(progress.dontKnow())) + " don't know.";
            var counts = new Label(line);
            counts.setId("summary-section-" + number);
            counts.setWrapText(true);
            var block = new VBox(title, counts);
            block.getStyleClass().add("summary-section");
            for (Item item : sheet.unanswered(progress.section())) {
                var link = new Hyperlink("Answer: " + item.statement());
                link.setWrapText(true);
                link.setAccessibleText("Answer the unanswered item: " + item.statement());
                link.setOnAction(e -> model.goTo(item));
                block.getChildren().add(link);
            }
            getChildren().add(block);
        }
        var done = new Button("Back to " + model.practiceName());
        done.setId("finish-walkthrough");
        done.setAccessibleHelp("Everything is saved already. Return to the practice.");
        done.setOnAction(e -> finish.run());
        getChildren().add(done);
    }
}
