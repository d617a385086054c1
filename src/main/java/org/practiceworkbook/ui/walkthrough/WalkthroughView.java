package org.practiceworkbook.ui.walkthrough;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.practiceworkbook.assessment.AnswerValue;
import org.practiceworkbook.ui.common.Forms;

/**
 * The walk-through screen: a header with the way back and a quiet "Saved", the sections down the side, and the
 * current item (or the summary). Works by keyboard alone: 1-N choose a level, N not applicable, D don't know,
 * Enter or the arrow keys move on, Ctrl+F goes to the note and Esc leaves it.
 */
public final class WalkthroughView extends BorderPane {

    private final WalkthroughViewModel model;
    private final ItemView item;
    private final SummaryView summary;
    private final SectionSidebar sidebar;
    private final Label saved = new Label();

    public WalkthroughView(WalkthroughViewModel model, Runnable back) {
        this.model = model;
        this.item = new ItemView(model);
        this.sidebar = new SectionSidebar(model);
        Runnable leave = () -> {
            item.saveNote();
            model.leave();
            back.run();
        };
        this.summary = new SummaryView(model, leave);
        setId("walkthrough");
        getStyleClass().add("walkthrough");
        setTop(createHeader(leave));
        var side = new ScrollPane(sidebar);
        side.setFitToWidth(true);
        side.getStyleClass().add("sidebar-scroll");
        setLeft(side);
        var body = new StackPane(item, summary);
        body.getStyleClass().add("walkthrough-body");
        var scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.setId("walkthrough-scroll");
        Forms.scrollToFocus(scroll);
        var navigation = item.createNavigation();
        navigation.visibleProperty().bind(model.showingSummaryProperty().not());
        navigation.managedProperty().bind(navigation.visibleProperty());
        VBox.setVgrow(scroll, Priority.ALWAYS);
        setCenter(new VBox(scroll, navigation));
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        model.sheetProperty().addListener((o, was, is) -> refresh(false));
        model.indexProperty().addListener((o, was, is) -> refresh(true));
        model.showingSummaryProperty().addListener((o, was, is) -> refresh(true));
        model.saveStateProperty().addListener((o, was, is) -> showSaveState());
        refresh(true);
        sceneProperty().addListener((o, was, is) -> {
            if (is != null && !model.showingSummaryProperty().get()) {
                // Swapping screens drops the old focus owner and JavaFX refocuses the first button on its next pulse;
                // asking after that pulse puts the keyboard on the answers, where the person starts.
                javafx.application.Platform.runLater(item::focusAnswer);
            }
        });
    }

    private HBox createHeader(Runnable leave) {
        var back = new Button("← Back to " + model.practiceName());
        back.setId("back-to-practice");
        back.setAccessibleHelp("Everything is saved already. Return to the practice.");
        back.setOnAction(e -> leave.run());
        back.setMinWidth(Region.USE_PREF_SIZE);   // the way back keeps its words; the title wraps instead
        var who = new Label(model.respondent().displayName() + " · " + model.sheet().questionnaire().title());
        who.setId("walkthrough-title");
        who.getStyleClass().add("walkthrough-title");
        who.setWrapText(true);
        HBox.setHgrow(who, Priority.SOMETIMES);
        saved.setId("save-state");
        saved.getStyleClass().add("save-state");
        saved.setMinWidth(Region.USE_PREF_SIZE);
        var gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        var header = new HBox(back, who, gap, saved);
        header.getStyleClass().add("walkthrough-header");
        return header;
    }

    /** The person answering. */
    public org.practiceworkbook.assessment.Respondent respondent() {
        return model.respondent();
    }

    /** The questionnaire they are answering. */
    public String packId() {
        return model.sheet().questionnaire().id();
    }

    /** Saves a note still being typed; called before leaving the screen or closing the program. */
    public void flush() {
        item.saveNote();
    }

    private void refresh(boolean moved) {
        var sheet = model.sheet();
        boolean atSummary = model.showingSummaryProperty().get();
        summary.setVisible(atSummary);
        item.setVisible(!atSummary);
        if (atSummary) {
            summary.show(sheet);
            sidebar.show(sheet, null);
            return;
        }
        if (moved) {
            item.show(sheet, model.indexProperty().get());
            item.focusAnswer();
        } else {
            item.refreshAnswer(sheet);
        }
        var current = model.currentItem();
        sidebar.show(sheet, sheet.questionnaire().sections().stream()
                .filter(s -> s.items().contains(current)).findFirst().orElse(null));
    }

    private void showSaveState() {
        saved.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("problem"),
                model.saveStateProperty().get() == WalkthroughViewModel.SaveState.FAILED);
        saved.setText(switch (model.saveStateProperty().get()) {
            case NOTHING_YET -> "";
            case SAVING -> "Saving…";
            case SAVED -> "✓ Saved";
            case FAILED -> "⚠ " + model.problemProperty().get();
        });
    }

    private void onKey(KeyEvent event) {
        Node focused = getScene() == null ? null : getScene().getFocusOwner();
        if (focused == item.note()) {
            if (event.getCode() == KeyCode.ESCAPE) {
                item.saveNote();
                item.focusAnswer();
                event.consume();
            }
            return;   // while typing a note, every other key types
        }
        if (event.isShortcutDown() && event.getCode() == KeyCode.F && !model.showingSummaryProperty().get()) {
            item.focusNote();
            event.consume();
            return;
        }
        if (event.isShortcutDown() || event.isAltDown() || model.showingSummaryProperty().get()) {
            return;
        }
        boolean onOtherButton = focused instanceof ButtonBase && !item.isCard(focused);
        switch (event.getCode()) {
            case N -> answer(AnswerValue.NOT_APPLICABLE, event);
            case D -> answer(AnswerValue.DONT_KNOW, event);
            case RIGHT, DOWN -> move(event, model::next);
            case LEFT, UP -> move(event, model::previous);
            case ENTER -> {
                if (!onOtherButton) {
                    move(event, model::next);
                }
            }
            default -> levelKey(event);
        }
    }

    private void levelKey(KeyEvent event) {
        String text = event.getText();
        if (text != null && text.length() == 1 && Character.isDigit(text.charAt(0))) {
            int level = text.charAt(0) - '0';
            if (level >= 1 && level <= model.sheet().questionnaire().levelCount()) {
                answer(AnswerValue.level(level), event);
            }
        }
    }

    private void answer(AnswerValue value, KeyEvent event) {
        model.choose(value);
        item.focusAnswer();
        event.consume();
    }

    private void move(KeyEvent event, Runnable step) {
        item.saveNote();
        step.run();
        event.consume();
    }
}
