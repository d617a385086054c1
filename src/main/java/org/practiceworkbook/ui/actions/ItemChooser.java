package org.practiceworkbook.ui.actions;

import java.util.List;
import java.util.Optional;

import javafx.scene.control.ComboBox;
import javafx.stage.Window;

import org.practiceworkbook.assessment.ItemRef;
import org.practiceworkbook.ui.common.FormDialog;

/** Asks which questionnaire item an action answers, by the item's statement. */
final class ItemChooser {

    private ItemChooser() {
    }

    static Optional<ItemRef> choose(Window owner, ActionPlanViewModel model, List<ItemRef> alreadyLinked) {
        var dialog = new FormDialog(owner, "link-item-dialog", "Link an item", "Link item");
        var items = new ComboBox<ItemRef>();
        items.getItems().setAll(model.linkableItems().stream().filter(i -> !alreadyLinked.contains(i)).toList());
        items.setConverter(Labels.of(model::statement));
        items.setVisibleRowCount(12);
        dialog.stackedField("The item this action answers", items, "link-item-choice",
                "Each item of the questionnaires this practice has used");
        boolean chosen = dialog.showAndWait(() -> items.getValue() == null
                ? Optional.of("Choose an item from the list.") : Optional.empty(), items);
        return chosen ? Optional.of(items.getValue()) : Optional.empty();
    }
}
