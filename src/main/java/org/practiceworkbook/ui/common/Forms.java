package org.practiceworkbook.ui.common;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

/** The shared pieces of every form: labelled rows that never cut a label short, UK dates, wrapping button rows. */
public final class Forms {

    /** Dates as people in the UK write them; typed dates may leave out leading zeros (4/3/2027). */
    public static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter UK_DATE_TYPED = DateTimeFormatter.ofPattern("d/M/yyyy");

    private Forms() {
    }

    /** A two-column form whose label column is always as wide as its widest label. */
    public static GridPane grid() {
        var grid = new GridPane();
        grid.getStyleClass().add("form-grid");
        var labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        var fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setMinWidth(120);
        grid.getColumnConstraints().setAll(labels, fields);
        return grid;
    }

    /** Adds a labelled field: the label is tied to it, and it carries an accessible name and help for screen readers. */
    public static <T extends Control> T row(GridPane grid, String text, T field, String id, String help) {
        var label = new Label(text);
        label.setLabelFor(field);
        label.setWrapText(true);
        field.setId(id);
        field.setAccessibleText(text);
        if (help != null) {
            field.setAccessibleHelp(help);
        }
        field.setMaxWidth(Double.MAX_VALUE);
        grid.addRow(grid.getRowCount(), label, field);
        return field;
    }

    /** Adds a field under its label, both across the whole form: for long labels and long choices. */
    public static <T extends Control> T stackedRow(GridPane grid, String text, T field, String id, String help) {
        var label = new Label(text);
        label.setLabelFor(field);
        label.setWrapText(true);
        label.getStyleClass().add("stacked-label");
        field.setId(id);
        field.setAccessibleText(text);
        if (help != null) {
            field.setAccessibleHelp(help);
        }
        field.setMaxWidth(Double.MAX_VALUE);
        int row = grid.getRowCount();
        grid.add(label, 0, row, 2, 1);
        grid.add(field, 0, row + 1, 2, 1);
        return field;
    }

    /**
     * Draws a dialog at the text size of the window that opened it: a dialog is a scene of its own, so the size
     * chosen under View > Text size would otherwise stop at the main window's edge.
     */
    public static void matchTextSize(javafx.stage.Window owner, javafx.scene.control.DialogPane pane) {
        if (owner == null || owner.getScene() == null) {
            return;
        }
        owner.getScene().getRoot().getStyleClass().stream().filter(c -> c.startsWith("text-"))
                .forEach(c -> pane.getStyleClass().add(c));
    }

    /**
     * A button with an id for tests and a name for screen readers that says what it acts on. The same words show as
     * its tooltip when they say more than the button's own text, so a mouse user pausing on "Rename…" learns what
     * is renamed.
     */
    public static javafx.scene.control.Button button(String id, String text, String accessibleText) {
        var button = new javafx.scene.control.Button(text);
        button.setId(id);
        button.setAccessibleText(accessibleText);
        if (!words(accessibleText).equals(words(text))) {
            button.setTooltip(new javafx.scene.control.Tooltip(accessibleText));
        }
        return button;
    }

    /** The words of a text, without symbols, case or key hints such as "(F5)": to tell whether two texts differ. */
    private static String words(String text) {
        return text == null ? "" : text.replaceAll("\\([^)]*\\)", " ").replaceAll("[^\\p{L}\\p{N}']+", " ")
                .strip().toLowerCase(java.util.Locale.ROOT);
    }

    /** A row of buttons that wraps onto a second line rather than cutting their text short. */
    public static FlowPane buttonRow(Node... buttons) {
        var row = new FlowPane(buttons);
        row.getStyleClass().add("button-row");
        return row;
    }

    /** Makes a date picker show and read dates the UK way, whatever the computer's locale. */
    public static DatePicker ukDates(DatePicker picker) {
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : UK_DATE.format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    return null;
                }
                try {
                    return LocalDate.parse(text.strip(), UK_DATE_TYPED);
                } catch (DateTimeParseException e) {
                    return picker.getValue();   // an impossible date leaves the value as it was
                }
            }
        });
        picker.setPromptText("dd/mm/yyyy");
        return picker;
    }

    /** Keeps whatever has keyboard focus in view, so a person moving by Tab always sees where they are. */
    public static void scrollToFocus(ScrollPane scroll) {
        scroll.sceneProperty().addListener((o, was, scene) -> {
            if (scene == null) {
                return;
            }
            scene.focusOwnerProperty().addListener((f, before, focused) -> {
                // Only keyboard moves (focus visible): scrolling under a mouse press would make the click miss.
                if (focused != null && focused.isFocusVisible() && isInside(focused, scroll.getContent())) {
                    reveal(scroll, focused);
                }
            });
        });
    }

    private static boolean isInside(Node node, Node container) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == container) {
                return true;
            }
        }
        return false;
    }

    private static void reveal(ScrollPane scroll, Node node) {
        Node content = scroll.getContent();
        Bounds inContent = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (contentHeight <= viewport) {
            return;
        }
        double top = scroll.getVvalue() * (contentHeight - viewport);
        double target = top;
        if (inContent.getMinY() < top) {
            target = inContent.getMinY() - 12;
        } else if (inContent.getMaxY() > top + viewport) {
            target = inContent.getMaxY() - viewport + 12;
        }
        scroll.setVvalue(Math.clamp(target / (contentHeight - viewport), 0, 1));
    }
}
