package org.practiceworkbook.ui.password;

import java.nio.file.Path;
import java.util.Optional;

import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.stage.Window;

import org.practiceworkbook.ui.common.FormDialog;

/** The questions a workbook's password is asked in: to open it, and to set, change or remove it. */
public final class PasswordDialogs {

    /** The fewest characters a new password may have: long enough that guessing it takes years, not minutes. */
    public static final int SHORTEST = 8;

    static final String NO_RECOVERY = "If this password is forgotten, the workbook cannot be opened again, by you or "
            + "by anyone else: there is no way to recover it, and no one can reset it. Write it down and keep it "
            + "somewhere safe, away from this computer.";

    private PasswordDialogs() {
    }

    /**
     * Asks for the password of an encrypted workbook before it is opened.
     *
     * @param problem said above the field: why it is asked again ("Wrong password"); may be null
     * @return the password typed; empty when the person cancelled
     */
    public static Optional<String> askToOpen(Window owner, Path file, String problem) {
        var form = new FormDialog(owner, "open-password", "Password needed", "Open");
        form.note(file.getFileName() + " is protected by a password (" + file.getParent() + ").");
        if (problem != null) {
            form.wide(warning("open-password-problem", problem));
        }
        var password = form.field("Password", new PasswordField(), "open-password-field",
                "The workbook's password");
        boolean open = form.showAndWait(() -> password.getText().isEmpty()
                ? Optional.of("Type the workbook's password.") : Optional.empty(), password);
        return open ? Optional.of(password.getText()) : Optional.empty();
    }

    /** Asks for a new password, twice, after saying plainly what forgetting it costs. */
    public static Optional<String> askNew(Window owner) {
        var form = new FormDialog(owner, "set-password", "Set a password", "Set password");
        form.note("With a password, the workbook's file is encrypted: without the password, nobody can read the "
                + "answers, notes or names in it, nor in its backups. Backups made before now, which have no "
                + "password, are deleted, and a new one is made with it.");
        form.wide(warning("set-password-warning", NO_RECOVERY));
        var first = form.field("New password", new PasswordField(), "set-password-new",
                "At least " + SHORTEST + " characters; a few words together are easy to remember and hard to guess");
        var again = form.field("Type it again", new PasswordField(), "set-password-again",
                "The same password again, so a mistyped one is caught now");
        boolean set = form.showAndWait(() -> checkNew(first.getText(), again.getText()), first);
        return set ? Optional.of(first.getText()) : Optional.empty();
    }

    /** Asks for the password now and a new one, twice. */
    public static Optional<Change> askChange(Window owner) {
        var form = new FormDialog(owner, "change-password", "Change the password", "Change password");
        form.wide(warning("change-password-warning", NO_RECOVERY));
        var current = form.field("Password now", new PasswordField(), "change-password-current",
                "The workbook's password as it is now");
        var first = form.field("New password", new PasswordField(), "change-password-new",
                "At least " + SHORTEST + " characters");
        var again = form.field("Type it again", new PasswordField(), "change-password-again",
                "The same new password again");
        boolean changed = form.showAndWait(() -> current.getText().isEmpty()
                ? Optional.of("Type the password the workbook has now.")
                : checkNew(first.getText(), again.getText()), current);
        return changed ? Optional.of(new Change(current.getText(), first.getText())) : Optional.empty();
    }

    /** Asks for the password now before taking it off, saying what that means. */
    public static Optional<String> askRemove(Window owner) {
        var form = new FormDialog(owner, "remove-password", "Remove the password", "Remove password");
        form.note("Without a password, the workbook's file is no longer encrypted: anyone who has the file, or a "
                + "copy of it, can read the answers, notes and names in it.");
        var current = form.field("Password now", new PasswordField(), "remove-password-current",
                "The workbook's password as it is now");
        boolean removed = form.showAndWait(() -> current.getText().isEmpty()
                ? Optional.of("Type the password the workbook has now.") : Optional.empty(), current);
        return removed ? Optional.of(current.getText()) : Optional.empty();
    }

    static Optional<String> checkNew(String first, String again) {
        if (first.length() < SHORTEST) {
            return Optional.of("The new password needs at least " + SHORTEST + " characters.");
        }
        if (!first.equals(again)) {
            return Optional.of("The two new passwords are not the same: type them again.");
        }
        return Optional.empty();
    }

    static Label warning(String id, String text) {
        var label = new Label(text);
        label.setId(id);
        label.getStyleClass().add("password-warning");
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    /** The password now, and the one it becomes. */
    public record Change(String current, String next) {
        @Override
        public String toString() {
            return "Change[hidden]";
        }
    }
}
