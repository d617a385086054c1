package org.practiceworkbook.ui.help;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;

/**
 * Help > Keyboard shortcuts as a page: the menus' shortcuts read from the menu bar itself, so the list cannot drift
 * from the program, then each screen's own keys from {@link ScreenKeys}.
 */
final class KeyboardShortcuts {

    static final String PAGE_ID = "keyboard-shortcuts";

    private KeyboardShortcuts() {
    }

    static GuidePage page(MenuBar menus) {
        var blocks = new ArrayList<GuidePage.Block>();
        blocks.add(new GuidePage.Paragraph(List.of(new GuidePage.Span(
                "Everything in the program works from the keyboard. On a Mac, Ctrl is the ⌘ key.", false)), false));
        blocks.add(new GuidePage.Heading("Menus"));
        if (menus != null) {
            for (Menu menu : menus.getMenus()) {
                addShortcuts(menu.getText(), menu.getItems(), blocks);
            }
        }
        for (ScreenKeys.Group group : ScreenKeys.groups()) {
            blocks.add(new GuidePage.Heading(group.screen()));
            blocks.addAll(group.keys());
        }
        return new GuidePage(PAGE_ID, "Keyboard shortcuts", blocks);
    }

    private static void addShortcuts(String path, List<MenuItem> items, List<GuidePage.Block> blocks) {
        for (MenuItem item : items) {
            if (item instanceof Menu submenu) {
                addShortcuts(path + " > " + submenu.getText(), submenu.getItems(), blocks);
            } else if (item.getAccelerator() != null && item.getText() != null) {
                blocks.add(new GuidePage.KeyRow(item.getAccelerator().getDisplayText(),
                        path + " > " + item.getText().replace("…", "")));
            }
        }
    }
}
