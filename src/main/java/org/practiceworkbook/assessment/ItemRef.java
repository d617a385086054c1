package org.practiceworkbook.assessment;

import java.util.Objects;

/** Names one item of one questionnaire: item ids are unique within a pack, not across packs. */
public record ItemRef(String packId, String itemId) {

    public ItemRef {
        Objects.requireNonNull(packId, "packId");
        Objects.requireNonNull(itemId, "itemId");
    }
}
