package org.practiceworkbook.ui;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;

/**
 * Walks a scene graph and names every interactive control that a screen reader could not announce: no accessible
 * text and no label tied to it. JavaFX only reaches screen readers on Windows and macOS, so this is how a Linux
 * build proves every control is named.
 */
final class AccessibilityAudit {

    private AccessibilityAudit() {
    }

    static List<String> unnamedControls(Parent root) {
        var labelled = new HashSet<Node>();
        collectLabelled(root, labelled);
        var problems = new ArrayList<String>();
        visit(root, labelled, problems);
        return problems;
    }

    private static void collectLabelled(Node node, Set<Node> labelled) {
        if (node instanceof Label label && label.getLabelFor() != null) {
            labelled.add(label.getLabelFor());
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collectLabelled(child, labelled));
        }
    }

    private static void visit(Node node, Set<Node> labelled, List<String> problems) {
        if (isInteractive(node) && !isNamed(node, labelled)) {
            problems.add(node.getClass().getSimpleName() + (node.getId() == null ? "" : " #" + node.getId()));
        }
        // A control's own insides (a combo box's button, a table's scroll bars) are announced through the control.
        if (node instanceof Parent parent && !(node instanceof Control control && isInteractive(control))) {
            parent.getChildrenUnmodifiable().forEach(child -> visit(child, labelled, problems));
        } else if (node instanceof ScrollPane scroll && scroll.getContent() != null) {
            visit(scroll.getContent(), labelled, problems);
        }
    }

    private static boolean isInteractive(Node node) {
        return (node instanceof ButtonBase || node instanceof TextInputControl || node instanceof ComboBoxBase<?>
                || node instanceof ListView<?> || node instanceof TableView<?> || node instanceof Slider
                || node instanceof MenuBar) && node.isVisible();
    }

    private static boolean isNamed(Node node, Set<Node> labelled) {
        if (labelled.contains(node)) {
            return true;
        }
        String text = node.getAccessibleText();
        if (text != null && !text.isBlank()) {
            return true;
        }
        return node instanceof ButtonBase button && button.getText() != null && !button.getText().isBlank()
                && !button.getText().matches("[.…\\s]*");
    }
}
