package org.practiceworkbook.questionnaire;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A questionnaire pack, checked and ready to use: a maturity scale and sections of items.
 * Instances come only from packs that passed every rule, so the scale and descriptors always agree.
 */
public record Questionnaire(PackRef ref, String title, String description, Authorship authorship,
                            List<String> scale, List<Section> sections) {

    public Questionnaire {
        Objects.requireNonNull(ref, "ref");
        scale = List.copyOf(scale);
        sections = List.copyOf(sections);
    }

    public String id() {
        return ref.id();
    }

    /** The number of levels on the scale (N), from 3 to 7. */
    public int levelCount() {
        return scale.size();
    }

    public String levelLabel(int level) {
        return scale.get(level - 1);
    }

    public Stream<Item> items() {
        return sections.stream().flatMap(s -> s.items().stream());
    }

    public int itemCount() {
        return (int) items().count();
    }

    public Optional<Item> item(String itemId) {
        return items().filter(i -> i.id().equals(itemId)).findFirst();
    }
}
