package org.practiceworkbook.questionnaire;

import java.util.HashSet;
import java.util.Set;

/**
 * Which organisational models (and memberships) a section or item applies to, by the tokens a pack uses:
 * {@code partnership}, {@code pcn-member}, ... An empty set means every practice.
 */
public record Applicability(Set<String> tokens) {

    public static final Applicability EVERY_PRACTICE = new Applicability(Set.of());

    public Applicability {
        tokens = Set.copyOf(tokens);
    }

    public boolean isUniversal() {
        return tokens.isEmpty();
    }

    /** True when any of a practice's tokens (its model and memberships) is named, or when nothing is named. */
    public boolean appliesTo(Set<String> practiceTokens) {
        return tokens.isEmpty() || practiceTokens.stream().anyMatch(tokens::contains);
    }

    /** An item inside a section must satisfy both: it applies where both apply. */
    public Applicability narrowedBy(Applicability outer) {
        if (outer.isUniversal()) {
            return this;
        }
        if (isUniversal()) {
            return outer;
        }
        var both = new HashSet<>(tokens);
        both.retainAll(outer.tokens);
        if (both.isEmpty()) {
            throw new IllegalArgumentException("applies to none of " + outer.tokens);
        }
        return new Applicability(both);
    }
}
