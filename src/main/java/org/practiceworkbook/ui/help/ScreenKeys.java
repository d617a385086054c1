package org.practiceworkbook.ui.help;

import java.util.List;

import javafx.scene.input.KeyCombination;

/**
 * The keys that are not on a menu, screen by screen: the one place they are listed for Help > Keyboard shortcuts.
 * Whoever adds a key to a screen adds it here. The menus' own shortcuts are read from the menus themselves.
 */
public final class ScreenKeys {

    /** One screen's keys. */
    public record Group(String screen, List<GuidePage.KeyRow> keys) {
    }

    private ScreenKeys() {
    }

    public static List<Group> groups() {
        String undo = shortcut("Z");
        return List.of(
                new Group("Answering a questionnaire", List.of(
                        key("1 – 5", "choose a level"),
                        key("N", "not applicable"),
                        key("D", "don't know"),
                        key("Enter, → or ↓", "next item"),
                        key("← or ↑", "previous item"),
                        key(shortcut("F"), "write a note on this item"),
                        key("Esc", "leave the note (it is saved)"))),
                new Group("Agreeing consensus", List.of(
                        key("1 – 5", "agree a level for the item"),
                        key("N", "agree not applicable"),
                        key("D", "agree don't know"),
                        key(undo, "take back the last consensus change"),
                        key("F5", "presentation mode"))),
                new Group("Presentation mode", List.of(
                        key("→, ↓, Page Down or Space", "next item"),
                        key("←, ↑ or Page Up", "previous item"),
                        key("Home, End", "first item, last item"),
                        key("1 – 5, N, D", "agree a level, not applicable, don't know"),
                        key(undo, "take back the last change"),
                        key("Esc", "leave presentation mode"))),
                new Group("Typing in paper scores", List.of(
                        key("1 – 5", "a level, then down to the next item"),
                        key("N, D", "not applicable, don't know"),
                        key("Delete or Backspace", "clear the score"),
                        key("Arrow keys, Enter", "move around the grid"),
                        key("Tab, Shift+Tab", "next or previous person; at the edge, leave the grid"),
                        key("Esc", "back to the practice"))),
                new Group("Everywhere", List.of(
                        key("Tab, Shift+Tab", "move to the next or previous control"),
                        key("Space", "press the button or tick the box that has the keyboard"),
                        key("Enter", "accept a dialog"),
                        key("Esc", "cancel a dialog"),
                        key("Alt or F10", "the menus"))),
                new Group("The user guide", List.of(
                        key(shortcut("F"), "search the guide"),
                        key("Esc", "close the guide"))));
    }

    private static GuidePage.KeyRow key(String keys, String action) {
        return new GuidePage.KeyRow(keys, action);
    }

    /** Ctrl+key, or ⌘key on a Mac, as the computer names it. */
    static String shortcut(String key) {
        return KeyCombination.keyCombination("Shortcut+" + key).getDisplayText();
    }
}
