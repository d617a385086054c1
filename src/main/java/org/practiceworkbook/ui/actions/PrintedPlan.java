package org.practiceworkbook.ui.actions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.practiceworkbook.assessment.ActionFollowThrough;
import org.practiceworkbook.assessment.ItemRef;
import org.practiceworkbook.assessment.PlannedAction;
import org.practiceworkbook.ui.Theme;

/**
 * The action plan laid out on pages of a given size, for the printer: every action but the dropped ones, open
 * actions first by due date, as a table whose header repeats on each page and whose long text wraps, with "Page X
 * of Y" at the foot. Sizes are in printer points (1/72 inch); laid out on the FX thread.
 */
public final class PrintedPlan {

    private static final double[] COLUMN_SHARES = {0.56, 0.19, 0.12, 0.13};
    private static final String[] HEADINGS = {"Action", "Owner and anchor", "Due", "Priority and status"};

    private final String practiceName;
    private final List<PlannedAction> actions;
    private final java.util.function.Function<ItemRef, String> statement;
    private final LocalDate today;

    public PrintedPlan(String practiceName, List<PlannedAction> plan,
                       java.util.function.Function<ItemRef, String> statement, LocalDate today) {
        this.practiceName = practiceName;
        this.statement = statement;
        this.today = today;
        this.actions = plan.stream().filter(a -> a.status() != PlannedAction.Status.DROPPED)
                .sorted(Comparator.comparing((PlannedAction a) -> !ActionFollowThrough.isOpen(a))
                        .thenComparing(PlannedAction::dueOn, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    /** The pages, each exactly {@code width} wide and no taller than {@code height}. */
    public List<Region> pages(double width, double height) {
        var measuring = new VBox();
        measuring.getStyleClass().add("printed-plan");
        var scene = new Scene(measuring, width, height);
        Theme.apply(scene);
        var pages = new ArrayList<List<Node>>();
        var page = new ArrayList<Node>();
        double used = 0;
        double room = height - measure(measuring, footer(1, 1), width) - measure(measuring, header(true), width)
                - measure(measuring, tableRow(HEADINGS, true), width);
        for (PlannedAction action : actions) {
            Node row = actionRow(action);
            double rowHeight = measure(measuring, row, width);
            if (!page.isEmpty() && used + rowHeight > room) {
                pages.add(page);
                page = new ArrayList<>();
                used = 0;
            }
            page.add(row);
            used += rowHeight;
        }
        pages.add(page);
        measuring.getChildren().clear();

        var out = new ArrayList<Region>();
        for (int i = 0; i < pages.size(); i++) {
            var content = new VBox(header(i == 0), tableRow(HEADINGS, true));
            content.getChildren().addAll(pages.get(i));
            if (actions.isEmpty()) {
                content.getChildren().add(text("There are no actions in the plan yet.", "printed-note"));
            }
            var spacer = new Region();
            VBox.setVgrow(spacer, Priority.ALWAYS);
            content.getChildren().addAll(spacer, footer(i + 1, pages.size()));
            content.getStyleClass().add("printed-plan");
            content.setPrefSize(width, height);
            content.setMaxSize(width, height);
            out.add(content);
        }
        return out;
    }

    private static double measure(VBox measuring, Node node, double width) {
        measuring.getChildren().setAll(node);
        measuring.applyCss();
        double height = node instanceof Region region ? region.prefHeight(width) : node.prefHeight(width);
        measuring.getChildren().clear();
        return height;
    }

    private Node header(boolean first) {
        var title = text("Action plan \u00b7 " + practiceName + (first ? "" : " (continued)"), "printed-title");
        if (!first) {
            return title;
        }
        long open = actions.stream().filter(ActionFollowThrough::isOpen).count();
        long late = ActionFollowThrough.overdue(actions, today).size();
        var facts = text("Printed " + ActionText.DAY.format(today) + " \u00b7 " + open + " open, "
                + (actions.size() - open) + " done" + (late == 0 ? "" : " \u00b7 \u26a0 " + late + " overdue")
                + " \u00b7 dropped actions are left out", "printed-note");
        return new VBox(title, facts);
    }

    private Node actionRow(PlannedAction action) {
        var what = new VBox(text(action.title(), "printed-action-title"));
        if (action.description() != null) {
            what.getChildren().add(text(action.description(), "printed-text"));
        }
        if (action.successMeasure() != null) {
            what.getChildren().add(text("Success: " + action.successMeasure(), "printed-text"));
        }
        if (!action.linkedItems().isEmpty()) {
            what.getChildren().add(text("Answers: " + action.linkedItems().stream().map(statement)
                    .collect(Collectors.joining("; ")), "printed-note"));
        }
        String people = (action.owner() == null ? "No owner yet" : action.owner())
                + (action.anchor() == null ? "" : "\nAnchor: " + action.anchor());
        var row = tableRow(new String[] {"", people, ActionText.dueLines(action, today),
                action.priority().label() + " priority\n" + action.status().label()}, false);
        row.getChildren().removeIf(n -> GridPane.getColumnIndex(n) == 0);
        row.add(what, 0, 0);
        row.getChildren().forEach(cell -> GridPane.setValignment(cell, javafx.geometry.VPos.TOP));
        return row;
    }

    private static GridPane tableRow(String[] cells, boolean heading) {
        var grid = new GridPane();
        grid.getStyleClass().add(heading ? "printed-heading-row" : "printed-row");
        for (double share : COLUMN_SHARES) {
            var column = new ColumnConstraints();
            column.setPercentWidth(share * 100);
            grid.getColumnConstraints().add(column);
        }
        for (int i = 0; i < cells.length; i++) {
            grid.add(text(cells[i], heading ? "printed-heading" : "printed-text"), i, 0);
        }
        return grid;
    }

    private static Node footer(int page, int pages) {
        return text("Page " + page + " of " + pages, "printed-footer");
    }

    private static Label text(String words, String style) {
        var label = new Label(words);
        label.getStyleClass().add(style);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }
}
