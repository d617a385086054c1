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

    /**
     * Names every button, check box or toggle whose visible words are too few to say what it does (icon-only, or
     * one or two words such as "Copy" or "Show names") and which has no tooltip to explain it. A key hint in
     * brackets, such as "(F5)", does not count as words. Buttons of a dialog's own button bar (OK, Cancel) are
     * left out: they say what they do.
     */
    static List<String> controlsWithoutTooltips(Parent root) {
        var problems = new ArrayList<String>();
        collectUntipped(root, problems, java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
        return problems;
    }

    private static void collectUntipped(Node node, List<String> problems, Set<Node> seen) {
        if (!node.isVisible() || node instanceof javafx.scene.control.ButtonBar || node instanceof MenuBar
                || !seen.add(node)) {
            return;
        }
        if (node instanceof ButtonBase button) {
            String words = visibleWords(button);
            if (button.getTooltip() == null && wordCount(words) <= 2) {
                problems.add(button.getClass().getSimpleName() + (button.getId() == null ? "" : " #" + button.getId())
                        + " \"" + words.strip() + "\"");
            }
            return;
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collectUntipped(child, problems, seen));
        }
        if (node instanceof ScrollPane scroll && scroll.getContent() != null) {
            collectUntipped(scroll.getContent(), problems, seen);
        }
    }

    private static String visibleWords(Node node) {
        var words = new StringBuilder();
        if (node instanceof javafx.scene.control.Labeled labeled) {
            words.append(labeled.getText() == null ? "" : labeled.getText()).append(' ');
            if (labeled.getGraphic() != null) {
                words.append(graphicWords(labeled.getGraphic()));
            }
        }
        return words.toString();
    }

    private static String graphicWords(Node node) {
        if (node instanceof javafx.scene.control.Labeled labeled) {
            return visibleWords(labeled);
        }
        if (node instanceof Parent parent) {
            var words = new StringBuilder();
            parent.getChildrenUnmodifiable().forEach(child -> words.append(graphicWords(child)));
            return words.toString();
        }
        return "";
    }

    private static long wordCount(String text) {
        return java.util.Arrays.stream(text.replaceAll("\\([^)]*\\)", " ").split("[^\\p{L}']+"))
                .filter(w -> !w.isBlank()).count();
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
