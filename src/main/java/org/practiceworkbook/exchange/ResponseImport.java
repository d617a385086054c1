package org.practiceworkbook.exchange;

import java.util.ArrayList;
import java.util.Map;
import java.util.Optional;

import org.practiceworkbook.assessment.Answer;
import org.practiceworkbook.assessment.AnswerValue;
import org.practiceworkbook.assessment.InvalidInputException;
import org.practiceworkbook.assessment.OrganisationalModel;
import org.practiceworkbook.assessment.Practice;
import org.practiceworkbook.assessment.Respondent;
import org.practiceworkbook.assessment.Round;
import org.practiceworkbook.assessment.RoundFacts;
import org.practiceworkbook.questionnaire.PackRef;
import org.practiceworkbook.questionnaire.Questionnaire;
import org.practiceworkbook.store.Workbook;

/**
 * Brings one person's answers from a response file into a workbook, as one commit: everything in the file is
 * checked against the workbook first, and a refused file changes nothing. The same person imported again is never
 * duplicated: answers newer than those held replace them, older ones are left alone.
 */
public final class ResponseImport {

    /** Where a file's answers go when its practice or round is not in the workbook. */
    public sealed interface Destination {
        /** Only into a practice and round the workbook already has; otherwise the file is refused. */
        record Matched() implements Destination {
        }

        /** Into the matching practice and round, creating whichever is missing. */
        record CreateMissing() implements Destination {
        }

        /** Into a round the facilitator chose, whatever the file names. */
        record IntoRound(long roundId) implements Destination {
        }
    }

    public static final Destination MATCHED = new Destination.Matched();
    public static final Destination CREATE_MISSING = new Destination.CreateMissing();

    /** What an import did with a file. */
    public enum Kind { IMPORTED, UPDATED, ALREADY_PRESENT }

    /** The result for one file: what happened, and a line saying to whom and how much. */
    public record Result(Kind kind, String practice, String round, String respondent, int answersChanged) {

        /** "imported (Sam Patel, Riverside Surgery, Baseline, 18 answers)", as a facilitator is told it. */
        public String describe() {
            String who = respondent + ", " + practice + ", " + round;
            return switch (kind) {
                case IMPORTED -> "imported (" + who + ", " + answersChanged + " answers)";
                case UPDATED -> "updated (" + who + ", " + answersChanged + " newer answers)";
                case ALREADY_PRESENT -> "already present (" + who + ")";
            };
        }
    }

    /**
     * Whether the workbook already has the practice and the round a file names. {@code sameLabel} is a round of the
     * practice with the file's label but another date: not a match, and no new round can take that label.
     */
    public record Match(Optional<Practice> practice, Optional<Round> round, Optional<Round> sameLabel) {
        public boolean isComplete() {
            return round.isPresent();
        }
    }

    private final Workbook workbook;
    private final ImportBackup backup;

    public ResponseImport(Workbook workbook) {
        this.workbook = workbook;
        this.backup = new ImportBackup(workbook);
    }

    /** Finds the practice (by ODS code when both have one, else by name) and the round (by label and date). */
    public Match match(ResponseFile file) {
        Optional<Practice> practice = findPractice(file);
        Optional<Round> labelled = practice.flatMap(p -> workbook.rounds().findByLabel(p.id(), file.roundLabel()));
        Optional<Round> round = labelled.filter(r -> r.date().equals(file.roundDate()));
        return new Match(practice, round, labelled.filter(r -> !r.date().equals(file.roundDate())));
    }

    /**
     * @throws InvalidInputException saying why the file is refused; nothing in the workbook is then changed
     */
    public Result importFile(ResponseFile file, Destination destination) {
        backup.beforeImport();
        Result result = workbook.inTransaction(() -> {
            Questionnaire questionnaire = questionnaire(file);
            checkAnswers(file, questionnaire);
            Round round = round(file, destination);
            Practice practice = workbook.practices().find(round.practiceId()).orElseThrow();
            useVersion(round, file.pack());
            Optional<Respondent> known = workbook.respondents().findByPublicId(file.respondentId());
            if (known.isPresent() && known.get().roundId() != round.id()) {
                Round other = workbook.rounds().find(known.get().roundId()).orElseThrow();
                throw refused("these answers are already in the round \"" + other.label() + "\"; a person's answers "
                        + "belong to one round");
            }
            Respondent respondent = known.orElseGet(() -> workbook.respondents().add(round.id(), file.respondentId(),
                    file.respondentName(), file.role()));
            Map<String, Answer> held = workbook.answers().forRespondent(respondent.id(), file.pack().id());
            var changed = new ArrayList<Answer>();
            for (Answer answer : file.answers()) {
                Answer mine = held.get(answer.itemId());
                if (mine == null || (!mine.equals(answer) && answer.answeredAt().isAfter(mine.answeredAt()))) {
                    changed.add(answer);
                }
            }
            workbook.answers().saveAll(respondent.id(), file.pack().id(), changed);
            Kind kind = known.isEmpty() ? Kind.IMPORTED : changed.isEmpty() ? Kind.ALREADY_PRESENT : Kind.UPDATED;
            return new Result(kind, practice.name(), round.label(), respondent.displayName(), changed.size());
        });
        // An import's end is a resting point: a power cut now must not take back what the facilitator was told.
        workbook.sync();
        return result;
    }

    private Questionnaire questionnaire(ResponseFile file) {
        boolean held = workbook.packs().list().stream().anyMatch(p -> p.ref().equals(file.pack()));
        if (!held) {
            throw refused("it was answered against the questionnaire \"" + file.pack().id() + "\" version "
                    + file.pack().version() + ", which this workbook does not hold; import that pack first");
        }
        return workbook.packs().load(file.pack());
    }

    private static void checkAnswers(ResponseFile file, Questionnaire questionnaire) {
        for (int i = 0; i < file.answers().size(); i++) {
            Answer answer = file.answers().get(i);
            String at = "/answers/" + i;
            if (questionnaire.item(answer.itemId()).isEmpty()) {
                throw refused(at + "/itemId: there is no item \"" + answer.itemId() + "\" in " + questionnaire.title()
                        + " version " + questionnaire.ref().version());
            }
            if (answer.value() instanceof AnswerValue.Level level && level.value() > questionnaire.levelCount()) {
                throw refused(at + "/value: level " + level.value() + " is above the top of the scale of "
                        + questionnaire.title() + " (" + questionnaire.levelCount() + " levels)");
            }
        }
    }

    private Round round(ResponseFile file, Destination destination) {
        return switch (destination) {
            case Destination.IntoRound(long roundId) -> workbook.rounds().find(roundId)
                    .orElseThrow(() -> refused("the chosen round is no longer in the workbook"));
            case Destination.Matched() -> {
                Match match = match(file);
                refuseOtherDate(file, match);
                yield match.round().orElseThrow(() -> refused(match.practice().isEmpty()
                        ? "there is no practice \"" + file.practiceName() + "\" in this workbook (create it, or import "
                        + "with the option to create missing practices and rounds)"
                        : match.practice().get().name() + " has no round \"" + file.roundLabel() + "\" ("
                        + file.roundDate() + ") (create it, or import with the option to create missing rounds)"));
            }
            case Destination.CreateMissing() -> {
                Match match = match(file);
                refuseOtherDate(file, match);
                Practice practice = match.practice().orElseGet(() -> workbook.practices().add(file.practiceName(),
                        file.odsCode(), file.model() != null ? file.model() : OrganisationalModel.PARTNERSHIP, null, null));
                yield match.round().orElseGet(() -> workbook.rounds().add(practice.id(), file.roundLabel(),
                        file.roundDate(), RoundFacts.NONE));
            }
        };
    }

    /** A round of the file's label held on another date: no new round can take the label, so the file says so. */
    private static void refuseOtherDate(ResponseFile file, Match match) {
        match.sameLabel().ifPresent(r -> {
            throw refused(match.practice().orElseThrow().name() + " has a round \"" + r.label() + "\" held on "
                    + r.date() + ", but the file's round of that name was held on " + file.roundDate()
                    + " (choose the round to put these answers in, or correct one of the dates)");
        });
    }

    /** A round answers each questionnaire in one version; a file from another version would mix two. */
    private void useVersion(Round round, PackRef pack) {
        Optional<PackRef> used = workbook.rounds().questionnaires(round.id()).stream()
                .filter(ref -> ref.id().equals(pack.id())).findFirst();
        if (used.isEmpty()) {
            workbook.rounds().useQuestionnaire(round.id(), pack);
        } else if (!used.get().equals(pack)) {
            throw refused("the round \"" + round.label() + "\" uses " + pack.id() + " version " + used.get().version()
                    + ", but this file was answered against version " + pack.version());
        }
    }

    private Optional<Practice> findPractice(ResponseFile file) {
        if (file.odsCode() != null) {
            Optional<Practice> byCode = workbook.practices().findByOdsCode(file.odsCode());
            if (byCode.isPresent()) {
                return byCode;
            }
        }
        Optional<Practice> byName = workbook.practices().findByName(file.practiceName());
        byName.ifPresent(p -> {
            if (p.odsCode() != null && file.odsCode() != null) {
                throw refused("the workbook's " + p.name() + " has the ODS code " + p.odsCode()
                        + ", but the file's practice has " + Practice.normaliseOdsCode(file.odsCode()));
            }
        });
        return byName;
    }

    private static InvalidInputException refused(String why) {
        return new InvalidInputException("response file", why);
    }
}
