package org.practiceworkbook.ui.consensus;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import javafx.scene.control.CheckBox;
import javafx.stage.Window;

import org.practiceworkbook.questionnaire.Section;
import org.practiceworkbook.ui.common.FormDialog;

/**
 * Which sections only the partners score. Finance, leadership and the partnership itself are hard to discuss openly
 * with employers and employees in one room: such a section is asked of partners alone, and the team's view leaves
 * it out unless the facilitator includes it.
 */
final class PartnersOnlyDialog {

    private final ConsensusViewModel model;

    PartnersOnlyDialog(ConsensusViewModel model) {
        this.model = model;
    }

    void show(Window owner) {
        var form = new FormDialog(owner, "partners-only-dialog", "Sections for partners only", "Save");
        form.note("Tick the sections only GP partners and non-GP partners should score. The rest of the team is not "
                + "asked them.");
        var boxes = new LinkedHashMap<Section, CheckBox>();
        int number = 0;
        for (Section section : model.sections()) {
            var box = form.wideField(new CheckBox(section.title()), "partners-only-" + ++number,
                    "Tick so that only partners score " + section.title());
            box.setSelected(model.isPartnersOnly(section));
            boxes.put(section, box);
        }
        form.note("Once the partners have scored them:");
        var include = form.wideField(new CheckBox("Show the partners-only sections to the room, in this view and in the "
                + "results"), "include-partners-only",
                "Whether the team's view and reports include the partners-only sections");
        include.setSelected(model.settingsProperty().get().partnersOnlyIncluded());
        if (boxes.isEmpty() || !form.showAndWait(Optional::empty, boxes.values().iterator().next())) {
            return;
        }
        for (Map.Entry<Section, CheckBox> entry : boxes.entrySet()) {
            if (entry.getValue().isSelected() != model.isPartnersOnly(entry.getKey())) {
                model.setPartnersOnly(entry.getKey(), entry.getValue().isSelected());
            }
        }
        if (include.isSelected() != model.settingsProperty().get().partnersOnlyIncluded()) {
            model.includePartnersOnly(include.isSelected());
        }
    }
}
