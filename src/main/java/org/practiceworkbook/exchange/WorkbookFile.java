package org.practiceworkbook.exchange;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.practiceworkbook.assessment.Answer;
import org.practiceworkbook.assessment.AnswerValue;
import org.practiceworkbook.assessment.Consensus;
import org.practiceworkbook.assessment.ItemRef;
import org.practiceworkbook.assessment.ActionFollowThrough;
import org.practiceworkbook.assessment.ActionReview;
import org.practiceworkbook.assessment.PlannedAction;
import org.practiceworkbook.assessment.Practice;
import org.practiceworkbook.assessment.Role;
import org.practiceworkbook.assessment.RoundFacts;
import org.practiceworkbook.assessment.WorkshopSettings;
import org.practiceworkbook.pack.LoadedPack;
import org.practiceworkbook.questionnaire.PackRef;

/**
 * A whole workbook as a file ({@code .pwb}): every questionnaire pack it holds, and every practice with its action
 * plan and rounds, their respondents, answers, consensus and targets. Documented in docs/workbook-files.md. Every
 * {@code id} is a public id, never a database row id. Optional values are null when not given.
 */
public record WorkbookFile(Instant exportedAt, List<LoadedPack> packs, List<PracticeEntry> practices) {

    public static final int FORMAT_VERSION = 1;
    public static final String EXTENSION = ".pwb";

    public WorkbookFile {
        Objects.requireNonNull(exportedAt, "exportedAt");
        packs = List.copyOf(packs);
        practices = List.copyOf(practices);
    }

    /**
     * A practice; {@code details} has no row id (0). {@code priorityCap} is how many open high priorities its action
     * plan carries before it warns.
     */
    public record PracticeEntry(UUID id, Practice details, int priorityCap, List<ActionEntry> actions,
                                List<RoundEntry> rounds) {
        public PracticeEntry {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(details, "details");
            actions = List.copyOf(actions);
            rounds = List.copyOf(rounds);
        }

        /** A practice whose priority cap is the usual five. */
        public PracticeEntry(UUID id, Practice details, List<ActionEntry> actions, List<RoundEntry> rounds) {
            this(id, details, ActionFollowThrough.DEFAULT_PRIORITY_CAP, actions, rounds);
        }

        public String name() {
            return details.name();
        }
    }

    /**
     * An action of a practice's plan; {@code action} has no row ids (its practice id is 0 and its origin round id
     * null): the round that prompted it is {@code originRoundId}, a round's public id, or null. {@code reviews} holds
     * what was decided about it when later rounds started, by round id, oldest round first.
     */
    public record ActionEntry(PlannedAction action, UUID originRoundId, Map<UUID, ActionReview> reviews) {
        public ActionEntry {
            Objects.requireNonNull(action, "action");
            reviews = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(reviews));
        }

        /** An action no round has reviewed yet. */
        public ActionEntry(PlannedAction action, UUID originRoundId) {
            this(action, originRoundId, Map.of());
        }
    }

    /** An assessment round, with the version of each questionnaire it uses. */
    public record RoundEntry(UUID id, String label, LocalDate date, RoundFacts facts, List<PackRef> questionnaires,
                             WorkshopSettings workshop, List<RespondentEntry> respondents,
                             List<ConsensusEntry> consensus) {
        public RoundEntry {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(date, "date");
            facts = Objects.requireNonNullElse(facts, RoundFacts.NONE);
            questionnaires = List.copyOf(questionnaires);
            workshop = Objects.requireNonNullElse(workshop, WorkshopSettings.NONE);
            respondents = List.copyOf(respondents);
            consensus = List.copyOf(consensus);
        }
    }

    /** A person answering in a round; {@code name} is null when they gave none. */
    public record RespondentEntry(UUID id, String name, Role role, List<PackAnswer> answers) {
        public RespondentEntry {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(role, "role");
            answers = List.copyOf(answers);
        }
    }

    /** One answer, with the questionnaire its item belongs to (item ids are unique only within a pack). */
    public record PackAnswer(String packId, Answer answer) {
        public PackAnswer {
            Objects.requireNonNull(packId, "packId");
            Objects.requireNonNull(answer, "answer");
        }
    }

    /**
     * What a round agreed and aims for on one item: the consensus (when {@code decidedAt} is given: its value, which
     * is null while only a note is written, and note) and the target level, either of which may be missing.
     */
    public record ConsensusEntry(ItemRef item, AnswerValue value, String note, Instant decidedAt, Integer target) {
        public ConsensusEntry {
            Objects.requireNonNull(item, "item");
        }

        public Optional<Consensus> consensus() {
            return decidedAt == null ? Optional.empty()
                    : Optional.of(new Consensus(item.itemId(), value, note, decidedAt));
        }
    }

    public int roundCount() {
        return practices.stream().mapToInt(p -> p.rounds().size()).sum();
    }

    public int answerCount() {
        return practices.stream().flatMap(p -> p.rounds().stream()).flatMap(r -> r.respondents().stream())
                .mapToInt(r -> r.answers().size()).sum();
    }

    public Optional<LoadedPack> pack(PackRef ref) {
        return packs.stream().filter(p -> p.questionnaire().ref().equals(ref)).findFirst();
    }
}
