package org.practiceworkbook.ui.consensus;

import javafx.beans.binding.Bindings;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.practiceworkbook.assessment.Discussion;
import org.practiceworkbook.assessment.ItemDiscussion;
import org.practiceworkbook.questionnaire.Section;
import org.practiceworkbook.ui.common.Forms;

/**
 * A round's consensus session on the facilitator's screen: the items down the side (sorted and filtered so the room
 * spends its time where it matters), the one being discussed beside them.
 */
public final class ConsensusView extends BorderPane {

    private final ConsensusViewModel model;
    private final ItemDiscussionPane discussion;
    private final ListView<ItemDiscussion> list = new ListView<>();

    /**
     * @param back    returns to the practice
     * @param present opens presentation mode on the projector
     */
    public ConsensusView(ConsensusViewModel model, Runnable back, Runnable present) {
        this.model = model;
        this.discussion = new ItemDiscussionPane(model);
        getStyleClass().add("consensus-view");
        setId("consensus-view");
        setTop(createHeader(back, present));
        var scroll = new ScrollPane(discussion);
        scroll.setFitToWidth(true);
        scroll.setId("consensus-scroll");
        Forms.scrollToFocus(scroll);
        var split = new javafx.scene.control.SplitPane(createItemList(), scroll);
        split.setDividerPositions(0.32);
        setCenter(split);
        addEventFilter(KeyEvent.KEY_PRESSED, event -> ConsensusKeys.handle(event, model));
    }

    /** Saves a discussion note still being typed. */
    public void flush() {
        discussion.flush();
    }

    public ConsensusViewModel model() {
        return model;
    }

    private javafx.scene.Node createHeader(Runnable back, Runnable present) {
        var backButton = Forms.button("consensus-back", "← Back", "Back to the practice");
        backButton.setOnAction(e -> {
            flush();
            back.run();
        });
        var title = new Label(model.title());
        title.setId("consensus-title");
        title.getStyleClass().add("walkthrough-title");
        title.setWrapText(true);
        var reveal = new CheckBox("Scores revealed");
        reveal.setId("scores-revealed");
        reveal.setAccessibleHelp("Show everyone's scores; keep this off while people are still scoring in turn");
        reveal.setTooltip(new javafx.scene.control.Tooltip("Show everyone's scores. Keep this off while people are "
                + "still scoring in turn."));
        var names = new CheckBox("Show names");
        names.setId("show-names");
        names.setAccessibleHelp("Show who wrote each note; by default only roles are shown");
        names.setTooltip(new javafx.scene.control.Tooltip("Show who wrote each note. Left off, notes show roles "
                + "only. Presentation mode never shows names."));
        model.settingsProperty().addListener((o, was, is) -> {
            reveal.setSelected(is.revealed());
            names.setSelected(is.namesShown());
        });
        reveal.setOnAction(e -> model.reveal(reveal.isSelected()));
        names.setOnAction(e -> model.showNames(names.isSelected()));
        var presentButton = Forms.button("present", "Present (F5)", "Show this session full screen for the room");
        presentButton.setOnAction(e -> present.run());
        backButton.setMinWidth(Region.USE_PREF_SIZE);
        presentButton.setMinWidth(Region.USE_PREF_SIZE);
        var top = new HBox(backButton, title);
        top.getStyleClass().add("consensus-header-row");
        // The room's controls wrap onto a second line at large text rather than being cut short.
        var controls = Forms.buttonRow(reveal, names, presentButton);
        var header = new VBox(top, controls);
        header.getStyleClass().addAll("walkthrough-header", "consensus-header");
        return header;
    }

    private VBox createItemList() {
        var order = new ComboBox<Discussion.Order>();
        order.getItems().setAll(Discussion.Order.values());
        order.valueProperty().bindBidirectional(model.orderProperty());
        var section = new ComboBox<Section>();
        section.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Section s) {
                return s == null ? "All sections" : s.title();
            }

            @Override
            public Section fromString(String text) {
                return null;
            }
        });
        section.valueProperty().bindBidirectional(model.sectionProperty());
        var onlyDisagreement = new CheckBox("Only items with disagreement");
        onlyDisagreement.setId("only-disagreement");
        onlyDisagreement.selectedProperty().bindBidirectional(model.onlyDisagreementProperty());
        // Sorting or filtering by disagreement before the reveal would give the scores away.
        var hidden = Bindings.createBooleanBinding(() -> !model.settingsProperty().get().revealed(),
                model.settingsProperty());
        order.disableProperty().bind(hidden);
        onlyDisagreement.disableProperty().bind(hidden);
        var partners = Forms.button("partners-only", "Partners-only sections…",
                "Choose sections only the partners score, and whether the team sees them");
        partners.setOnAction(e -> new PartnersOnlyDialog(model).show(getScene().getWindow()));
        model.loadedProperty().addListener((o, was, is) -> {
            var choices = new java.util.ArrayList<Section>();
            choices.add(null);
            choices.addAll(model.sections());
            section.getItems().setAll(choices);
        });
        var grid = Forms.grid();
        // Label above field: the list's column is narrow, and at large text a label beside would squeeze the choice.
        Forms.stackedRow(grid, "Order", order, "consensus-order", "The order the room takes the items in");
        Forms.stackedRow(grid, "Section", section, "consensus-section", "Show only one section's items");
        for (var labelled : new javafx.scene.control.Labeled[] {onlyDisagreement, partners}) {
            labelled.setWrapText(true);
            labelled.setMaxWidth(Double.MAX_VALUE);
            labelled.setMinHeight(Region.USE_PREF_SIZE);
        }

        list.setId("consensus-items");
        list.setAccessibleText("Items to agree");
        list.setAccessibleHelp("Choose an item; then 1 to 5 agree its level, N not applicable, D don't know");
        list.setItems(model.items());
        list.setPlaceholder(new Label("No items to show. Change the section or the filter."));
        list.setCellFactory(v -> new ItemCell());
        VBox.setVgrow(list, Priority.ALWAYS);
        list.getSelectionModel().selectedIndexProperty().addListener((o, was, is) -> {
            if (is.intValue() >= 0 && is.intValue() != model.indexProperty().get()) {
                model.select(is.intValue());
            }
        });
        model.indexProperty().addListener((o, was, is) -> showSelected());
        // Items are listed anew after each change; the room's place is selected again.
        model.items().addListener((javafx.collections.ListChangeListener<ItemDiscussion>) change -> showSelected());
        var agreedCount = new Label();
        agreedCount.setId("agreed-count");
        agreedCount.getStyleClass().add("form-note");
        agreedCount.setWrapText(true);
        agreedCount.setMinHeight(Region.USE_PREF_SIZE);
        agreedCount.textProperty().bind(Bindings.createStringBinding(() -> model.items().stream()
                .filter(d -> d.consensus().map(c -> c.value() != null).orElse(false)).count() + " of "
                + model.items().size() + " shown items agreed", model.items()));
        var pane = new VBox(grid, onlyDisagreement, partners, list, agreedCount);
        pane.getStyleClass().add("consensus-list-pane");
        return pane;
    }

    private void showSelected() {
        int at = model.indexProperty().get();
        if (list.getSelectionModel().getSelectedIndex() != at) {
            list.getSelectionModel().select(at);
            list.scrollTo(Math.max(0, at - 2));
        }
    }

    /** An item as listed: its statement, and whether the room disagrees and has agreed. */
    private final class ItemCell extends ListCell<ItemDiscussion> {
        ItemCell() {
            setWrapText(true);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(ItemDiscussion item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                return;
            }
            boolean revealed = model.settingsProperty().get().revealed();
            String flag = revealed && item.score().isDisagreement() ? "⚠ " : "";
            String agreed = item.consensus().map(c -> c.value()).isPresent()
                    ? ConsensusText.agreed(item, model.questionnaire()) : "Not agreed yet";
            setText(flag + item.item().statement() + "\n" + agreed);
        }
    }
}
