package org.practiceworkbook.ui.help;

import java.util.List;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * The user guide on screen: a search box and the contents on the left, the chosen page on the right. Pages are
 * drawn with labels and text flows, whose sizes follow the window's text size like everything else.
 */
final class GuideView extends BorderPane {

    private final List<GuidePage> pages;
    private final ObservableList<GuidePage> shown = FXCollections.observableArrayList();
    private final ListView<GuidePage> contents = new ListView<>(shown);
    private final TextField search = new TextField();
    private final VBox page = new VBox();
    private final ScrollPane pageScroll = new ScrollPane(page);
    private final Label nothingFound = new Label();

    GuideView(List<GuidePage> pages) {
        this.pages = List.copyOf(pages);
        setId("user-guide");
        getStyleClass().add("help-window");
        search.setId("help-search");
        search.setPromptText("Search the guide");
        search.setAccessibleText("Search the guide");
        search.textProperty().addListener((o, was, is) -> filter(is));
        contents.setId("help-contents");
        contents.setAccessibleText("Contents of the guide");
        contents.getStyleClass().add("help-contents");
        contents.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(GuidePage item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.title());
            }
        });
        contents.getSelectionModel().selectedItemProperty().addListener((o, was, is) -> {
            if (is != null) {
                draw(is);
            }
        });
        nothingFound.setId("help-nothing-found");
        nothingFound.setWrapText(true);
        nothingFound.getStyleClass().add("form-note");
        nothingFound.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(shown));
        nothingFound.managedProperty().bind(nothingFound.visibleProperty());
        var left = new VBox(search, nothingFound, contents);
        left.getStyleClass().add("help-side");
        VBox.setVgrow(contents, Priority.ALWAYS);
        page.setId("help-page");
        page.getStyleClass().add("help-page");
        pageScroll.setFitToWidth(true);
        pageScroll.setId("help-page-scroll");
        pageScroll.setFocusTraversable(true);
        pageScroll.setAccessibleText("The page");
        setLeft(left);
        setCenter(pageScroll);
        shown.setAll(this.pages);
    }

    /** Shows a page by its id (the file name without its number, such as "reading-the-charts"). */
    void open(String id) {
        if (!search.getText().isEmpty()) {
            search.clear();
        }
        pages.stream().filter(p -> p.id().equals(id)).findFirst()
                .ifPresent(p -> contents.getSelectionModel().select(p));
    }

    /** The title of the page on screen. */
    String currentTitle() {
        var current = contents.getSelectionModel().getSelectedItem();
        return current == null ? null : current.title();
    }

    void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    private void filter(String words) {
        var current = contents.getSelectionModel().getSelectedItem();
        shown.setAll(pages.stream().filter(p -> p.matches(words == null ? "" : words)).toList());
        nothingFound.setText("No page mentions \u201c" + (words == null ? "" : words.strip()) + "\u201d.");
        if (shown.contains(current)) {
            contents.getSelectionModel().select(current);
        } else if (!shown.isEmpty()) {
            contents.getSelectionModel().selectFirst();
        }
    }

    private void draw(GuidePage shownPage) {
        var nodes = new java.util.ArrayList<Node>();
        var title = new Label(shownPage.title());
        title.setId("help-page-title");
        title.getStyleClass().add("help-title");
        title.setWrapText(true);
        nodes.add(title);
        for (GuidePage.Block block : shownPage.blocks()) {
            nodes.add(switch (block) {
                case GuidePage.Heading heading -> heading(heading.text());
                case GuidePage.Paragraph paragraph -> paragraph.bullet() ? bullet(flow(paragraph)) : flow(paragraph);
                case GuidePage.KeyRow key -> keyRow(key);
            });
        }
        page.getChildren().setAll(nodes);
        pageScroll.setVvalue(0);
    }

    private static Label heading(String text) {
        var heading = new Label(text);
        heading.getStyleClass().add("help-heading");
        heading.setWrapText(true);
        return heading;
    }

    private static TextFlow flow(GuidePage.Paragraph paragraph) {
        var flow = new TextFlow();
        flow.getStyleClass().add("help-paragraph");
        for (GuidePage.Span span : paragraph.spans()) {
            var text = new Text(span.text());
            text.getStyleClass().add(span.strong() ? "help-strong" : "help-text");
            flow.getChildren().add(text);
        }
        flow.setAccessibleText(paragraph.plainText());
        flow.setMinWidth(0);
        return flow;
    }

    private static HBox bullet(TextFlow flow) {
        var mark = new Label("•");
        mark.getStyleClass().add("help-bullet");
        mark.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(flow, Priority.ALWAYS);
        var row = new HBox(mark, flow);
        row.getStyleClass().add("help-point");
        return row;
    }

    private static HBox keyRow(GuidePage.KeyRow key) {
        var keys = new Label(key.keys());
        keys.getStyleClass().add("help-keys");
        keys.setWrapText(true);
        var action = new Label(key.action());
        action.getStyleClass().add("help-key-action");
        action.setWrapText(true);
        HBox.setHgrow(action, Priority.ALWAYS);
        var row = new HBox(keys, action);
        row.getStyleClass().add("help-key-row");
        row.setAccessibleText(key.keys() + ": " + key.action());
        return row;
    }
}
