package org.practiceworkbook.ui.password;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.scene.control.MenuItem;
import javafx.stage.Window;

import org.practiceworkbook.ui.WorkbookSwitch;

/**
 * File menu items for the workbook's password: Set password… on a workbook without one; Change password… and Remove
 * password… on one with one. The demo is remade each time and never has one.
 */
public final class PasswordMenuItems {

    private final Supplier<Window> owner;
    private final WorkbookSwitch workbooks;
    private final boolean hasPassword;

    /**
     * @param hasPassword whether the workbook the window is on has a password now
     */
    public PasswordMenuItems(Supplier<Window> owner, WorkbookSwitch workbooks, boolean hasPassword) {
        this.owner = owner;
        this.workbooks = workbooks;
        this.hasPassword = hasPassword;
    }

    public List<MenuItem> create() {
        var set = item("Set password…", "menu-set-password", () -> PasswordDialogs.askNew(owner.get())
                .ifPresent(next -> workbooks.changePassword(Optional.empty(), Optional.of(next))));
        var change = item("Change password…", "menu-change-password", () -> PasswordDialogs.askChange(owner.get())
                .ifPresent(c -> workbooks.changePassword(Optional.of(c.current()), Optional.of(c.next()))));
        var remove = item("Remove password…", "menu-remove-password", () -> PasswordDialogs.askRemove(owner.get())
                .ifPresent(current -> workbooks.changePassword(Optional.of(current), Optional.empty())));
        // The demo is remade each time: a password on it would protect nothing.
        set.setDisable(hasPassword || workbooks.isDemo());
        change.setDisable(!hasPassword);
        remove.setDisable(!hasPassword);
        return new ArrayList<>(List.of(set, change, remove));
    }

    /**
     * File > Lock (Ctrl+L). A workbook without a password has nothing to lock it with: the item is greyed, with a
     * tooltip saying why (a disabled menu item can show no tooltip, so this one stays enabled and does nothing).
     */
    public static MenuItem lockItem(boolean hasPassword, Runnable lock) {
        var label = new javafx.scene.control.Label("Lock");
        var item = new javafx.scene.control.CustomMenuItem(label, hasPassword);
        item.setId("menu-lock");
        item.setText("Lock");   // not drawn (the label is), but read by Help > Keyboard shortcuts
        item.setAccelerator(javafx.scene.input.KeyCombination.keyCombination("Shortcut+L"));
        if (hasPassword) {
            item.setOnAction(e -> lock.run());
        } else {
            label.getStyleClass().add("menu-item-unavailable");
            String why = "Only a workbook with a password can be locked: set one with File > Set password…";
            label.setTooltip(new javafx.scene.control.Tooltip(why));
            label.setAccessibleText("Lock, unavailable. " + why);
        }
        return item;
    }

    private static MenuItem item(String text, String id, Runnable action) {
        var item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }
}
