package org.practiceworkbook.questionnaire;

import java.util.Objects;

/** Names one version of a pack: {@code capacity 1.0}. */
public record PackRef(String id, PackVersion version) implements Comparable<PackRef> {

    public PackRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
    }

    @Override
    public int compareTo(PackRef other) {
        int byId = id.compareTo(other.id);
        return byId != 0 ? byId : version.compareTo(other.version);
    }

    @Override
    public String toString() {
        return id + " " + version;
    }
}
