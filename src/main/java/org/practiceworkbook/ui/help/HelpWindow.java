package org.practiceworkbook.ui.help;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import javafx.collections.ListChangeListener;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.MenuBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.practiceworkbook.ui.Theme;

/**
 * The user guide's window, beside the main window rather than over it, so a person can read and do at once. It is
 * drawn at the main window's text size and follows it when View > Text size changes. One window, brought to the
 * front when asked for again.
 */
public final class HelpWindow {

    private final Supplier<Window> owner;
    private Stage stage;
    private GuideView view;
    private Parent followed;
    private final ListChangeListener<String> followTextSize = change -> copyTextSize();

    /** @param owner the main window, asked for when the guide opens */
    public HelpWindow(Supplier<Window> owner) {
        this.owner = owner;
    }

    /** Help > User guide: the first page, or the page already open. */
    public void showGuide() {
        show(null);
    }

    /** Help > Keyboard shortcuts. */
    public void showShortcuts() {
        show(KeyboardShortcuts.PAGE_ID);
    }

    /** The guide's window while it exists; null before it is first opened. */
    public Stage stage() {
        return stage;
    }

    private void show(String pageId) {
        Window main = owner.get();
        var pages = new ArrayList<GuidePage>(GuideText.load());
        pages.add(KeyboardShortcuts.page(menuBarOf(main)));
        boolean first = stage == null;
        if (first) {
            stage = new Stage();
            stage.initOwner(main);
            stage.setTitle("Practice Workbook · User guide");
        }
        // Built afresh each time: the shortcuts are read from the menus as they are now.
        String current = view == null ? null : view.currentTitle();
        view = new GuideView(pages);
        var scene = new Scene(view, 980, 720);
        Theme.apply(scene);
        scene.getStylesheets().add("/org/practiceworkbook/ui/help/help.css");
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        stage.setScene(scene);
        follow(main);
        view.open(pageId != null ? pageId
                : pages.stream().filter(p -> p.title().equals(current)).findFirst().orElse(pages.getFirst()).id());
        stage.show();
        stage.toFront();
        if (first) {
            view.focusSearch();
        }
    }

    private void onKey(KeyEvent event) {
        if (event.getCode() == KeyCode.ESCAPE) {
            stage.close();
            event.consume();
        } else if (event.isShortcutDown() && event.getCode() == KeyCode.F) {
            view.focusSearch();
            event.consume();
        }
    }

    private static MenuBar menuBarOf(Window main) {
        if (main == null || main.getScene() == null) {
            return null;
        }
        return main.getScene().getRoot().lookup(".menu-bar") instanceof MenuBar bar ? bar : null;
    }

    /** Draws the guide at the main window's text size, now and whenever it changes. */
    private void follow(Window main) {
        Parent root = main == null || main.getScene() == null ? null : main.getScene().getRoot();
        if (root != followed) {
            if (followed != null) {
                followed.getStyleClass().removeListener(followTextSize);
            }
            followed = root;
            if (root != null) {
                root.getStyleClass().addListener(followTextSize);
            }
        }
        copyTextSize();
    }

    private void copyTextSize() {
        if (view == null || followed == null) {
            return;
        }
        List<String> sizes = followed.getStyleClass().stream().filter(c -> c.startsWith("text-")).toList();
        view.getStyleClass().removeIf(c -> c.startsWith("text-"));
        view.getStyleClass().addAll(sizes);
    }
}
