package org.practiceworkbook.exchange;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.practiceworkbook.assessment.Answer;
import org.practiceworkbook.assessment.AnswerValue;
import org.practiceworkbook.assessment.Consensus;
import org.practiceworkbook.assessment.ItemRef;
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

    /** A practice; {@code details} has no row id (0). */
    public record PracticeEntry(UUID id, Practice details, List<ActionEntry> actions, List<RoundEntry> rounds) {
        public PracticeEntry {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(details, "details");
            actions = List.copyOf(actions);
            rounds = List.copyOf(rounds);
        }

        public String name() {
            return details.name();
        }
    }

    /**
     * An action of a practice's plan; {@code action} has no row ids (its practice id is 0 and its origin round id
     * null): the round that prompted it is {@code originRoundId}, a round's public id, or null.
     */
    public record ActionEntry(PlannedAction action, UUID originRoundId) {
        public ActionEntry {
            Objects.requireNonNull(action, "action");
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
