package org.practiceworkbook.ui.paper;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.practiceworkbook.assessment.Answer;
import org.practiceworkbook.assessment.AnswerValue;
import org.practiceworkbook.assessment.Respondent;
import org.practiceworkbook.assessment.Role;
import org.practiceworkbook.questionnaire.Item;
import org.practiceworkbook.questionnaire.Section;
import org.practiceworkbook.ui.common.FormDialog;
import org.practiceworkbook.ui.common.Forms;

/**
 * Typing in paper score sheets: one column per person, one row per item. Type down a person's column as you read
 * their sheet: a digit is a level, N not applicable, D don't know, Delete clears; each moves on to the next item.
 * Arrow keys and Tab move between cells.
 */
public final class PaperScoresView extends BorderPane {

    private final PaperScoresViewModel model;
    private final GridPane grid = new GridPane();
    private final List<List<PaperCell>> cells = new ArrayList<>();   // by item row, then person column
    private List<Respondent> shownPeople = List.of();
    private final Runnable back;

    public PaperScoresView(PaperScoresViewModel model, String title, Runnable back) {
        this.model = model;
        this.back = back;
        setId("paper-scores");
        setTop(createHeader(title, back));
        grid.getStyleClass().add("paper-grid");
        grid.setId("paper-grid");
        var scroll = new ScrollPane(grid);
        scroll.setId("paper-scroll");
        Forms.scrollToFocus(scroll);
        setCenter(scroll);
        grid.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        model.sheetProperty().addListener((o, was, is) -> show(is));
        if (model.sheetProperty().get() != null) {
            show(model.sheetProperty().get());
        }
        sceneProperty().addListener((o, was, is) -> {
            if (is != null) {
                // Swapping screens drops the old focus owner and JavaFX refocuses the first button on a later pulse,
                // which on a busy machine can come after a first request: until the person first presses a key or
                // the mouse, the keyboard is sent back from any button to the first cell, where typing starts.
                org.practiceworkbook.ui.common.FirstFocus.holdUntilPersonActs(is, () -> getScene() == is,
                        this::focusFirstCell);
                javafx.application.Platform.runLater(this::focusFirstCell);
            }
        });
    }

    private Node createHeader(String title, Runnable back) {
        var backButton = Forms.button("paper-back", "← Back", "Back to the practice");
        backButton.setOnAction(e -> back.run());
        var heading = new Label(title);
        heading.setId("paper-title");
        heading.getStyleClass().add("walkthrough-title");
        heading.setWrapText(true);
        var add = Forms.button("paper-add-person", "Add a person's sheet…", "Add a column for another person's sheet");
        add.setOnAction(e -> addPerson());
        var help = new Label("Type down each person's column: 1–5 a level, N not applicable, D don't know, Delete "
                + "clears. Arrow keys and Tab move; Esc goes back. Every score is saved as you type it.");
        help.setWrapText(true);
        help.getStyleClass().add("form-note");
        var top = new HBox(backButton, heading);
        top.getStyleClass().add("consensus-header-row");
        var header = new VBox(top, help, Forms.buttonRow(add));
        header.getStyleClass().addAll("walkthrough-header", "consensus-header");
        return header;
    }

    private void show(PaperScoresViewModel.Sheet sheet) {
        if (sheet == null) {
            return;
        }
        if (!sheet.people().equals(shownPeople)) {
            build(sheet);
        }
        for (int row = 0; row < sheet.items().size(); row++) {
            for (int column = 0; column < sheet.people().size(); column++) {
                cells.get(row).get(column).show(sheet);
            }
        }
    }

    private void build(PaperScoresViewModel.Sheet sheet) {
        Node focusedCell = getScene() == null ? null : getScene().getFocusOwner();
        int[] keep = positionOf(focusedCell);
        grid.getChildren().clear();
        cells.clear();
        shownPeople = List.copyOf(sheet.people());
        var itemHeading = new Label("Item");
        itemHeading.getStyleClass().add("paper-heading");
        grid.add(itemHeading, 0, 0);
        for (int column = 0; column < shownPeople.size(); column++) {
            Respondent person = shownPeople.get(column);
            var name = new Label(person.name() == null ? person.role().label() : person.name() + "\n" + person.role().label());
            name.getStyleClass().add("paper-heading");
            name.setWrapText(true);
            name.getStyleClass().add("paper-person");
            grid.add(name, column + 1, 0);
        }
        int gridRow = 1;
        Section section = null;
        for (int row = 0; row < sheet.items().size(); row++) {
            Item item = sheet.items().get(row);
            if (sheet.sectionOf(item) != section) {
                section = sheet.sectionOf(item);
                var title = new Label(section.title() + (sheet.isPartnersOnly(section) ? " (partners only)" : ""));
                title.getStyleClass().add("paper-section");
                grid.add(title, 0, gridRow++, shownPeople.size() + 1, 1);
            }
            var statement = new Label((row + 1) + ". " + item.statement());
            statement.setWrapText(true);
            statement.getStyleClass().add("paper-statement");
            grid.add(statement, 0, gridRow);
            var rowCells = new ArrayList<PaperCell>();
            for (int column = 0; column < shownPeople.size(); column++) {
                var cell = new PaperCell(shownPeople.get(column), item, row, column);
                cell.setOnMouseClicked(e -> cell.requestFocus());
                rowCells.add(cell);
                grid.add(cell, column + 1, gridRow);
            }
            cells.add(rowCells);
            gridRow++;
        }
        if (keep != null) {
            focus(keep[0], keep[1]);
        }
    }

    private int[] positionOf(Node node) {
        return node instanceof PaperCell cell ? new int[] {cell.row, cell.column} : null;
    }

    /** Moves to a cell, stepping over cells closed to that person. */
    private void focus(int row, int column) {
        if (cells.isEmpty() || shownPeople.isEmpty()) {
            return;
        }
        int r = Math.clamp(row, 0, cells.size() - 1);
        int c = Math.clamp(column, 0, shownPeople.size() - 1);
        cells.get(r).get(c).requestFocus();
    }

    /** Puts the keyboard in the first open cell, so typing can start at once. */
    private void focusFirstCell() {
        cells.stream().flatMap(List::stream).filter(c -> !c.isDisabled()).findFirst().ifPresent(Node::requestFocus);
    }

    private void onKey(KeyEvent event) {
        if (!(getScene().getFocusOwner() instanceof PaperCell cell)) {
            return;
        }
        var sheet = model.sheetProperty().get();
        int levels = sheet.questionnaire().levelCount();
        String typed = event.getText();
        AnswerValue value = null;
        boolean scored = false;
        if (typed != null && typed.length() == 1 && Character.isDigit(typed.charAt(0))) {
            int level = typed.charAt(0) - '0';
            if (level >= 1 && level <= levels) {
                value = AnswerValue.level(level);
                scored = true;
            }
        }
        switch (event.getCode()) {
            case N -> {
                value = AnswerValue.NOT_APPLICABLE;
                scored = true;
            }
            case D -> {
                value = AnswerValue.DONT_KNOW;
                scored = true;
            }
            case DELETE, BACK_SPACE -> {
                model.score(cell.person, cell.item, null);
                event.consume();
                return;
            }
            case DOWN, ENTER -> move(event, cell, 1, 0);
            case UP -> move(event, cell, -1, 0);
            case RIGHT -> move(event, cell, 0, 1);
            case LEFT -> move(event, cell, 0, -1);
            case TAB -> {
                // Tab stays in the grid until its edge, then leaves it, so the buttons above are in reach.
                if (!atEdge(cell, event.isShiftDown() ? -1 : 1)) {
                    move(event, cell, 0, event.isShiftDown() ? -1 : 1);
                }
            }
            case ESCAPE -> {
                back.run();
                event.consume();
            }
            default -> { }
        }
        if (scored && !event.isShortcutDown()) {
            model.score(cell.person, cell.item, value);
            move(event, cell, 1, 0);
        }
    }

    private boolean atEdge(PaperCell from, int columnStep) {
        for (int column = from.column + columnStep; column >= 0 && column < shownPeople.size(); column += columnStep) {
            if (!cells.get(from.row).get(column).isDisabled()) {
                return false;
            }
        }
        return true;
    }

    /** Steps from a cell, passing over cells closed to their person (partners-only sections); stays at the edge. */
    private void move(KeyEvent event, PaperCell from, int rowStep, int columnStep) {
        int row = from.row + rowStep;
        int column = from.column + columnStep;
        while (row >= 0 && row < cells.size() && column >= 0 && column < shownPeople.size()) {
            PaperCell next = cells.get(row).get(column);
            if (!next.isDisabled()) {
                next.requestFocus();
                break;
            }
            row += rowStep;
            column += columnStep;
        }
        event.consume();
    }

    private void addPerson() {
        var form = new FormDialog(getScene().getWindow(), "paper-person-dialog", "Add a person's paper sheet",
                "Add column");
        var name = form.field("Name (optional)", new TextField(), "paper-person-name",
                "Leave empty if the sheet is anonymous; only the role is then recorded");
        var role = form.field("Role", new ComboBox<Role>(), "paper-person-role", "The person's role in the practice");
        role.getItems().setAll(Role.values());
        if (form.showAndWait(() -> role.getValue() == null ? Optional.of("Choose the person's role.") : Optional.empty(),
                name)) {
            model.addPerson(name.getText(), role.getValue());
        }
    }

    /** One person's score for one item, as typed from their sheet. */
    private static final class PaperCell extends Label {
        private final Respondent person;
        private final Item item;
        private final int row;
        private final int column;

        PaperCell(Respondent person, Item item, int row, int column) {
            this.person = person;
            this.item = item;
            this.row = row;
            this.column = column;
            setId("paper-cell-" + row + "-" + column);
            getStyleClass().add("paper-cell");
            setFocusTraversable(true);
            setMaxWidth(Double.MAX_VALUE);
        }

        void show(PaperScoresViewModel.Sheet sheet) {
            boolean asked = sheet.asks(person, item);
            String text = !asked ? "–" : sheet.answer(person, item).map(Answer::value).map(PaperCell::text).orElse("");
            setText(text);
            setDisable(!asked);
            setFocusTraversable(asked);
            setAccessibleText("Item " + (row + 1) + ", " + person.displayName() + ": "
                    + (!asked ? "for partners only" : text.isEmpty() ? "no score" : spoken(text)));
        }

        private static String text(AnswerValue value) {
            return switch (value) {
                case AnswerValue.Level level -> String.valueOf(level.value());
                case AnswerValue.NotApplicable _ -> "N/A";
                case AnswerValue.DontKnow _ -> "DK";
            };
        }

        private static String spoken(String text) {
            return switch (text) {
                case "N/A" -> "not applicable";
                case "DK" -> "don't know";
                default -> "level " + text;
            };
        }
    }
}
