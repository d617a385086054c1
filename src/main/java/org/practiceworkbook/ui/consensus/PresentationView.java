package org.practiceworkbook.ui.consensus;

import javafx.scene.control.Label;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

import org.practiceworkbook.assessment.ItemDiscussion;

/**
 * Presentation mode: one item at a time for a room on a projector, in extra-large, high-contrast type. Names are
 * never shown here. Arrow keys move, 1 to N agree a level, Ctrl+Z takes it back, Esc leaves.
 */
public final class PresentationView extends BorderPane {

    private final ConsensusViewModel model;
    private final Label position = new Label();
    private final Label statement = new Label();
    private final SpreadBars bars = new SpreadBars();
    private final Label spread = new Label();
    private final Label agreed = new Label();
    private final Label hidden = new Label();

    /** @param leave closes presentation mode */
    public PresentationView(ConsensusViewModel model, Runnable leave) {
        this.model = model;
        setId("presentation");
        getStyleClass().add("presentation");
        position.setId("presentation-position");
        position.getStyleClass().add("presentation-position");
        statement.setId("presentation-statement");
        statement.getStyleClass().add("presentation-statement");
        statement.setWrapText(true);
        bars.setId("presentation-spread");
        spread.setId("presentation-spread-summary");
        spread.setWrapText(true);
        agreed.setId("presentation-agreed");
        agreed.getStyleClass().add("presentation-agreed");
        hidden.setId("presentation-hidden");
        hidden.setWrapText(true);
        hidden.setText("Scores are hidden until the facilitator reveals them.");
        var body = new VBox(position, statement, hidden, bars, spread, agreed);
        body.getStyleClass().add("presentation-body");
        setCenter(body);
        var keys = new Label("← → move   ·   1–" + (model.questionnaire() == null ? "5" : model.questionnaire().levelCount())
                + " agree a level   ·   N not applicable   ·   D don't know   ·   Ctrl+Z undo   ·   Esc leave");
        keys.getStyleClass().add("presentation-keys");
        keys.setWrapText(true);
        setBottom(keys);
        setFocusTraversable(true);
        setAccessibleText("Presentation of the consensus session");
        addEventFilter(KeyEvent.KEY_PRESSED, event -> onKey(event, leave));
        model.currentProperty().addListener((o, was, is) -> show());
        model.settingsProperty().addListener((o, was, is) -> show());
        show();
    }

    private void onKey(KeyEvent event, Runnable leave) {
        if (ConsensusKeys.handle(event, model)) {
            return;
        }
        switch (event.getCode()) {
            case RIGHT, DOWN, PAGE_DOWN, SPACE -> model.next();
            case LEFT, UP, PAGE_UP -> model.previous();
            case HOME -> model.select(0);
            case END -> model.select(model.items().size() - 1);
            case ESCAPE -> leave.run();
            default -> {
                return;
            }
        }
        event.consume();
    }

    private void show() {
        ItemDiscussion item = model.currentProperty().get();
        if (item == null || model.questionnaire() == null) {
            statement.setText("No items to show.");
            return;
        }
        boolean revealed = model.settingsProperty().get().revealed();
        position.setText(model.title() + "   ·   Item " + (model.indexProperty().get() + 1) + " of "
                + model.items().size() + "   ·   " + item.section().title());
        statement.setText(item.item().statement());
        hidden.setVisible(!revealed);
        hidden.setManaged(!revealed);
        for (var node : new javafx.scene.Node[] {bars, spread}) {
            node.setVisible(revealed);
            node.setManaged(revealed);
        }
        if (revealed) {
            bars.show(model.questionnaire(), item);
            spread.setText(ConsensusText.spread(item));
        }
        agreed.setText(ConsensusText.agreed(item, model.questionnaire()));
        agreed.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("agreed"),
                item.consensus().map(c -> c.value() != null).orElse(false));
    }
}
