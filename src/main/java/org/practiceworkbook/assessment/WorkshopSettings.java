package org.practiceworkbook.assessment;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * How a round is shown in a workshop on one shared laptop: whether the individual scores have been revealed, whether
 * they are shown with names (otherwise by role), and which sections only partners score, with whether those are
 * included in whole-team views.
 */
public record WorkshopSettings(boolean revealed, boolean namesShown, boolean partnersOnlyIncluded,
                               List<SectionRef> partnersOnlySections) {

    /** A new round: nothing revealed, scores by role, no partners-only sections. */
    public static final WorkshopSettings NONE = new WorkshopSettings(false, false, false, List.of());

    /** Names one section of one questionnaire: section ids are unique within a pack. */
    public record SectionRef(String packId, String sectionId) {
        public SectionRef {
            Objects.requireNonNull(packId, "packId");
            Objects.requireNonNull(sectionId, "sectionId");
        }
    }

    public WorkshopSettings {
        partnersOnlySections = partnersOnlySections.stream().distinct()
                .sorted(Comparator.comparing(SectionRef::packId).thenComparing(SectionRef::sectionId)).toList();
    }

    public boolean isDefault() {
        return equals(NONE);
    }

    public WorkshopSettings withRevealed(boolean value) {
        return new WorkshopSettings(value, namesShown, partnersOnlyIncluded, partnersOnlySections);
    }

    public WorkshopSettings withNamesShown(boolean value) {
        return new WorkshopSettings(revealed, value, partnersOnlyIncluded, partnersOnlySections);
    }

    public WorkshopSettings withPartnersOnlyIncluded(boolean value) {
        return new WorkshopSettings(revealed, namesShown, value, partnersOnlySections);
    }

    /** The sections of one questionnaire this person is not asked: partners-only ones, unless they are a partner. */
    public java.util.Set<String> sectionsNotAskedOf(String packId, Role role) {
        return role.isPartner() ? java.util.Set.of() : partnersOnlySections(packId);
    }

    /** The same settings with a section marked for partners only, or not. */
    public WorkshopSettings withPartnersOnly(String packId, String sectionId, boolean partnersOnly) {
        var sections = new java.util.ArrayList<>(partnersOnlySections);
        var ref = new SectionRef(packId, sectionId);
        sections.remove(ref);
        if (partnersOnly) {
            sections.add(ref);
        }
        return new WorkshopSettings(revealed, namesShown, partnersOnlyIncluded, sections);
    }

    /** How the discussion of one questionnaire treats its partners-only sections. */
    public Discussion.PartnersOnly partnersOnly(String packId) {
        return new Discussion.PartnersOnly(partnersOnlySections(packId), partnersOnlyIncluded);
    }

    /** The ids of one questionnaire's sections that only partners score. */
    public java.util.Set<String> partnersOnlySections(String packId) {
        return partnersOnlySections.stream().filter(s -> s.packId().equals(packId)).map(SectionRef::sectionId)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }
}
