package org.practiceworkbook.ui.help;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.practiceworkbook.ui.common.Forms;

/**
 * Help > About: the version, the licences, and where the workbook and data folder are, with a button that copies
 * the details for whoever gives support. Not waited for: it closes with Close or Escape.
 */
public final class AboutDialog {

    private AboutDialog() {
    }

    public static Dialog<ButtonType> show(Window owner, SupportDetails details) {
        var dialog = new Dialog<ButtonType>();
        dialog.initOwner(owner);
        dialog.setTitle("About Practice Workbook");
        var pane = dialog.getDialogPane();
        pane.setId("about-dialog");
        Forms.matchTextSize(owner, pane);
        var name = new Label("Practice Workbook " + details.version());
        name.setId("about-version");
        name.getStyleClass().add("help-title");
        var purpose = new Label("A workbook for UK general practices to look at their management capacity, skills "
                + "and governance, and plan what to do. It works offline: nothing is sent anywhere.");
        purpose.setWrapText(true);
        var facts = Forms.grid();
        fact(facts, "Workbook file", details.workbook().toString(), "about-workbook");
        fact(facts, "Data folder", details.dataFolder().toString(), "about-data-folder");
        fact(facts, "Log folder", details.logFolder().toString(), "about-log-folder");
        fact(facts, "Java", details.java(), "about-java");
        fact(facts, "JavaFX", details.javafx(), "about-javafx");
        fact(facts, "System", details.system(), "about-system");
        var licencesHeading = new Label("Licences");
        licencesHeading.getStyleClass().add("help-heading");
        var licences = new Label(SupportDetails.licences());
        licences.setId("about-licences");
        licences.setWrapText(true);
        var copied = new Label();
        copied.setId("about-copied");
        copied.setWrapText(true);
        copied.getStyleClass().add("form-note");
        copied.managedProperty().bind(copied.textProperty().isNotEmpty());
        Button copy = Forms.button("about-copy", "Copy details", "Copy the version and the workbook's location");
        copy.setTooltip(new Tooltip("Copies the version, the workbook file, the data and log folders and the log's "
                + "last lines, to paste into an e-mail to whoever supports you"));
        copy.setOnAction(e -> {
            var content = new ClipboardContent();
            content.putString(details.text());
            Clipboard.getSystemClipboard().setContent(content);
            copied.setText("✓ Copied: paste them into an e-mail to whoever supports you.");
        });
        // At the largest text the licences would push the dialog off a laptop's screen: they scroll on their own,
        // under the facts and the copy button, which stay in sight.
        var licencesScroll = new javafx.scene.control.ScrollPane(new VBox(licencesHeading, licences));
        licencesScroll.setFitToWidth(true);
        licencesScroll.setPrefViewportHeight(150);
        licencesScroll.getStyleClass().add("about-scroll");
        licencesScroll.setAccessibleText("Licences");
        var body = new VBox(name, purpose, facts, Forms.buttonRow(copy), copied, licencesScroll);
        body.getStyleClass().addAll("form-dialog", "about-body");
        pane.setContent(body);
        pane.getStylesheets().add("/org/practiceworkbook/ui/help/help.css");
        pane.getButtonTypes().setAll(ButtonType.CLOSE);
        pane.lookupButton(ButtonType.CLOSE).setId("about-close");
        dialog.setResizable(true);
        dialog.show();
        return dialog;
    }

    private static void fact(GridPane grid, String name, String value, String id) {
        var shown = new javafx.scene.control.TextField(value);
        shown.setEditable(false);
        // Wide enough for a typical path at any text size: columns grow with the font.
        shown.setPrefColumnCount(34);
        shown.getStyleClass().add("about-fact");
        // Read-only fields rather than labels: a long path can be selected, scrolled and copied on its own.
        Forms.row(grid, name, shown, id, "Select and copy, or use Copy details below");
    }
}
