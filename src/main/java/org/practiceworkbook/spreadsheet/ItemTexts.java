package org.practiceworkbook.spreadsheet;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.practiceworkbook.assessment.ItemRef;
import org.practiceworkbook.questionnaire.Item;
import org.practiceworkbook.questionnaire.PackRef;
import org.practiceworkbook.questionnaire.Questionnaire;
import org.practiceworkbook.questionnaire.Section;
import org.practiceworkbook.store.PackStore;
import org.practiceworkbook.store.Workbook;

/**
 * The words behind an item id, so a spreadsheet says what an action answers and not only its id. Each questionnaire
 * version is loaded once; an item is looked for in the newest version first, then in older ones, since an action may
 * answer an item a later version dropped.
 */
final class ItemTexts {

    /** An item with the section and questionnaire it sits in. */
    record Found(Questionnaire questionnaire, Section section, Item item) {
    }

    private final Workbook workbook;
    private final Map<PackRef, Questionnaire> loaded = new HashMap<>();

    ItemTexts(Workbook workbook) {
        this.workbook = workbook;
    }

    Questionnaire questionnaire(PackRef ref) {
        return loaded.computeIfAbsent(ref, workbook.packs()::load);
    }

    Optional<Found> find(ItemRef ref) {
        List<PackRef> versions = workbook.packs().list().stream().map(PackStore.StoredPack::ref)
                .filter(r -> r.id().equals(ref.packId()))
                .sorted(java.util.Comparator.comparing(PackRef::version).reversed()).toList();
        for (PackRef version : versions) {
            Optional<Found> found = find(questionnaire(version), ref.itemId());
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    static Optional<Found> find(Questionnaire questionnaire, String itemId) {
        for (Section section : questionnaire.sections()) {
            for (Item item : section.items()) {
                if (item.id().equals(itemId)) {
                    return Optional.of(new Found(questionnaire, section, item));
                }
            }
        }
        return Optional.empty();
    }
}
