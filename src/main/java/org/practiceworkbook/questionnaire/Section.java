package org.practiceworkbook.questionnaire;

import java.util.List;

/** A titled group of items. {@code description} is null when the pack gives none. */
public record Section(String id, String title, String description, Applicability appliesTo, List<Item> items) {

    public Section {
        items = List.copyOf(items);
    }
}
