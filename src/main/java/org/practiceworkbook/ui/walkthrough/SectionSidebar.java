package org.practiceworkbook.ui.walkthrough;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;

import org.practiceworkbook.assessment.AnswerSheet;
import org.practiceworkbook.questionnaire.Item;
import org.practiceworkbook.questionnaire.Section;

/** The sections with how far each has got, the whole questionnaire's progress, and the ways to jump. */
final class SectionSidebar extends VBox {

    private final WalkthroughViewModel model;
    private final VBox sections = new VBox();
    private final ProgressBar overall = new ProgressBar(0);
    private final Label overallText = new Label();

    SectionSidebar(WalkthroughViewModel model) {
        this.model = model;
        getStyleClass().add("section-sidebar");
        var heading = new Label("Sections");
        heading.getStyleClass().add("pane-heading");
        sections.getStyleClass().add("section-list");
        overall.setId("overall-progress");
        overall.setMaxWidth(Double.MAX_VALUE);
        overall.setAccessibleText("Progress through the questionnaire");
        overallText.setId("overall-progress-text");
        overallText.setWrapText(true);
        var nextGap = new Button("Next unanswered");
        nextGap.setId("next-unanswered");
        nextGap.setAccessibleHelp("Go to the first item not yet answered");
        nextGap.setTooltip(new javafx.scene.control.Tooltip(nextGap.getAccessibleHelp()));
        nextGap.setMaxWidth(Double.MAX_VALUE);
        nextGap.setOnAction(e -> model.nextUnanswered());
        var summary = new Button("Summary");
        summary.setId("show-summary");
        summary.setAccessibleHelp("What is unanswered, and don't-know answers, section by section");
        summary.setTooltip(new javafx.scene.control.Tooltip(summary.getAccessibleHelp()));
        summary.setMaxWidth(Double.MAX_VALUE);
        summary.setOnAction(e -> model.showSummary());
        getChildren().addAll(heading, sections, overall, overallText, nextGap, summary);
    }

    void show(AnswerSheet sheet, Section current) {
        sections.getChildren().clear();
        int number = 0;
        for (var progress : sheet.sectionProgress()) {
            number++;
            var button = new Button();
            button.setId("section-" + number);
            button.getStyleClass().add("section-link");
            if (progress.section() == current) {
                button.getStyleClass().add("current");
            }
            String counts = progress.partnersOnly() ? "for partners only"
                    : progress.asked() == 0 ? "does not apply to this practice"
                    : progress.answered() + " of " + progress.asked() + " answered"
                            + (progress.dontKnow() > 0 ? ", " + progress.dontKnow() + " don't know" : "");
            String mark = progress.asked() > 0 && progress.isComplete() ? "✓ " : "";
            button.setText(mark + progress.section().title() + "\n" + counts);
            button.setWrapText(true);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setAccessibleText("Section " + number + ", " + progress.section().title() + ": " + counts
                    + (progress.section() == current ? ". You are here." : ""));
            button.setDisable(progress.asked() == 0);
            button.setOnAction(e -> firstToAnswer(sheet, progress.section()));
            sections.getChildren().add(button);
        }
        overall.setProgress(sheet.askedCount() == 0 ? 1 : (double) sheet.answeredCount() / sheet.askedCount());
        overallText.setText(sheet.answeredCount() + " of " + sheet.askedCount() + " items answered");
    }

    private void firstToAnswer(AnswerSheet sheet, Section section) {
        Item target = sheet.unanswered(section).stream().findFirst()
                .orElseGet(() -> section.items().stream().filter(sheet::isAsked).findFirst().orElseThrow());
        model.goTo(target);
    }
}
