package org.practiceworkbook.exchange;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.practiceworkbook.assessment.Answer;
import org.practiceworkbook.assessment.InvalidInputException;
import org.practiceworkbook.assessment.PlannedAction;
import org.practiceworkbook.assessment.Practice;
import org.practiceworkbook.assessment.Respondent;
import org.practiceworkbook.assessment.Round;
import org.practiceworkbook.json.InvalidJsonException;
import org.practiceworkbook.pack.LoadedPack;
import org.practiceworkbook.store.PackStore;
import org.practiceworkbook.store.Workbook;

/**
 * Brings a workbook file into a workbook, as one commit: a trainer gathering several practices to compare them.
 * Practices new to the workbook are added; one it already has (the same id) is skipped, or with {@code replace}
 * deleted with everything under it and added again from the file. A file refused for any reason changes nothing.
 */
public final class WorkbookImport {

    /** What happened to one practice of the file. */
    public enum Outcome { ADDED, SKIPPED, REPLACED }

    /** One practice of the file: its name, what happened to it, and how many rounds it brought. */
    public record PracticeResult(String practice, Outcome outcome, int rounds) {
    }

    /** What an import did: each practice of the file in the file's order, and how many packs were new. */
    public record Result(List<PracticeResult> practices, int packsAdded) {
        public Result {
            practices = List.copyOf(practices);
        }

        public long count(Outcome outcome) {
            return practices.stream().filter(p -> p.outcome() == outcome).count();
        }
    }

    private final Workbook workbook;
    private final ImportBackup backup;
    private final WorkbookFiles files;

    public WorkbookImport(Workbook workbook, WorkbookFiles files) {
        this.workbook = workbook;
        this.backup = new ImportBackup(workbook);
        this.files = files;
    }

    /**
     * Reads and checks a file for this workbook: everything in it, including that its packs do not clash with the
     * workbook's and that every answer names an item of a pack in the file or the workbook.
     *
     * @throws InvalidJsonException listing every problem, each at its line, column and JSON pointer
     */
    public WorkbookFile read(Path file) throws InvalidJsonException {
        return files.read(file, workbook.packs()::stored);
    }

    /** As {@link #read(Path)}, for content already in memory; {@code source} names it in problems. */
    public WorkbookFile read(String source, byte[] json) throws InvalidJsonException {
        return files.read(source, json, workbook.packs()::stored);
    }

    /** What {@link #importFile} would do with each practice of the file, without changing anything. */
    public List<PracticeResult> preview(WorkbookFile file, boolean replace) {
        return file.practices().stream().map(p -> new PracticeResult(p.name(), outcome(p, replace),
                p.rounds().size())).toList();
    }

    /**
     * Imports a file read by {@link #read}, all or nothing.
     *
     * @param replace whether a practice the workbook already has is replaced by the file's (else it is skipped)
     * @throws InvalidInputException saying why the file is refused (a practice's name or ODS code used by another
     *                               practice, a person or round already elsewhere in the workbook, a pack clash);
     *                               nothing is then changed
     */
    public Result importFile(WorkbookFile file, boolean replace) {
        backup.beforeImport();
        Result result = workbook.inTransaction(() -> {
            int packsAdded = 0;
            for (LoadedPack pack : file.packs()) {
                if (workbook.packs().store(pack) == PackStore.Outcome.STORED) {
                    packsAdded++;
                }
            }
            var results = new ArrayList<PracticeResult>();
            for (int i = 0; i < file.practices().size(); i++) {
                WorkbookFile.PracticeEntry entry = file.practices().get(i);
                Outcome outcome = outcome(entry, replace);
                if (outcome == Outcome.REPLACED) {
                    workbook.practices().delete(workbook.practices().findByPublicId(entry.id()).orElseThrow().id());
                }
                if (outcome != Outcome.SKIPPED) {
                    new PracticeWriter(entry, "/practices/" + i).add();
                }
                results.add(new PracticeResult(entry.name(), outcome, entry.rounds().size()));
            }
            return new Result(results, packsAdded);
        });
        // An import's end is a resting point: a power cut now must not take back what the facilitator was told.
        workbook.sync();
        return result;
    }

    private Outcome outcome(WorkbookFile.PracticeEntry entry, boolean replace) {
        if (workbook.practices().findByPublicId(entry.id()).isEmpty()) {
            return Outcome.ADDED;
        }
        return replace ? Outcome.REPLACED : Outcome.SKIPPED;
    }

    /** Adds one practice of the file, with everything under it, after checking nothing of it is elsewhere already. */
    private final class PracticeWriter {
        private final WorkbookFile.PracticeEntry entry;
        private final String at;

        PracticeWriter(WorkbookFile.PracticeEntry entry, String at) {
            this.entry = entry;
            this.at = at;
        }

        void add() {
            Practice details = entry.details();
            checkUnclaimed(details);
            Practice practice = workbook.practices().add(entry.id(), details.name(), details.odsCode(),
                    details.model(), details.pcn(), details.federation());
            Map<UUID, Long> roundIds = new HashMap<>();
            for (int r = 0; r < entry.rounds().size(); r++) {
                WorkbookFile.RoundEntry round = entry.rounds().get(r);
                roundIds.put(round.id(), addRound(practice, round, at + "/rounds/" + r));
            }
            for (int a = 0; a < entry.actions().size(); a++) {
                addAction(practice, entry.actions().get(a), at + "/actions/" + a, roundIds);
            }
            workbook.actions().setPriorityCap(practice.id(), entry.priorityCap());
        }

        private void addAction(Practice practice, WorkbookFile.ActionEntry entry, String actionAt,
                               Map<UUID, Long> roundIds) {
            PlannedAction a = entry.action();
            workbook.actions().findByPublicId(a.publicId()).ifPresent(other -> {
                throw refused(actionAt + "/id", "the action \"" + a.title() + "\" is already in the workbook, in "
                        + practiceName(other.practiceId()) + "'s action plan");
            });
            long id = workbook.actions().add(a.withRowIds(0, practice.id(),
                    entry.originRoundId() == null ? null : roundIds.get(entry.originRoundId()))).id();
            entry.reviews().forEach((round, outcome) -> workbook.actions().recordReview(id, roundIds.get(round),
                    outcome));
        }

        /** A different practice of the workbook with the same name or ODS code: the file's cannot join it. */
        private void checkUnclaimed(Practice details) {
            workbook.practices().findByName(details.name()).ifPresent(other -> {
                throw refused(at + "/name", "the file's practice \"" + details.name() + "\" has the name of the "
                        + "workbook's practice \"" + other.name() + "\", which is a different practice (another id); "
                        + "rename one of them, then import again");
            });
            if (details.odsCode() != null) {
                workbook.practices().findByOdsCode(details.odsCode()).ifPresent(other -> {
                    throw refused(at + "/odsCode", "the file's practice \"" + details.name() + "\" has the ODS code "
                            + details.odsCode() + ", which the workbook's practice \"" + other.name() + "\" (a "
                            + "different practice, with another id) already has");
                });
            }
        }

        private long addRound(Practice practice, WorkbookFile.RoundEntry entry, String roundAt) {
            workbook.rounds().findByPublicId(entry.id()).ifPresent(other -> {
                throw refused(roundAt + "/id", "the round \"" + entry.label() + "\" is already in the workbook, as "
                        + practiceName(other.practiceId()) + "'s round \"" + other.label() + "\"");
            });
            Round round = workbook.rounds().add(entry.id(), practice.id(), entry.label(), entry.date(), entry.facts());
            entry.questionnaires().forEach(ref -> workbook.rounds().useQuestionnaire(round.id(), ref));
            if (!entry.workshop().isDefault()) {
                workbook.workshops().save(round.id(), entry.workshop());
            }
            for (int p = 0; p < entry.respondents().size(); p++) {
                WorkbookFile.RespondentEntry person = entry.respondents().get(p);
                Optional<Respondent> elsewhere = workbook.respondents().findByPublicId(person.id());
                if (elsewhere.isPresent()) {
                    Round other = workbook.rounds().find(elsewhere.get().roundId()).orElseThrow();
                    throw refused(roundAt + "/respondents/" + p + "/id", "the person "
                            + (person.name() != null ? person.name() : person.role().label()) + " (" + person.id()
                            + ") is already in the workbook, in " + practiceName(other.practiceId()) + "'s round \""
                            + other.label() + "\"; a person's answers belong to one round");
                }
                Respondent added = workbook.respondents().add(round.id(), person.id(), person.name(), person.role());
                var byPack = new LinkedHashMap<String, List<Answer>>();
                person.answers().forEach(a -> byPack.computeIfAbsent(a.packId(), k -> new ArrayList<>()).add(a.answer()));
                byPack.forEach((packId, answers) -> workbook.answers().saveAll(added.id(), packId, answers));
            }
            for (WorkbookFile.ConsensusEntry c : entry.consensus()) {
                c.consensus().ifPresent(agreed -> workbook.consensus().save(round.id(), c.item().packId(), agreed));
                if (c.target() != null) {
                    workbook.consensus().setTarget(round.id(), c.item().packId(), c.item().itemId(), c.target());
                }
            }
            return round.id();
        }
    }

    private String practiceName(long practiceId) {
        return workbook.practices().find(practiceId).map(Practice::name).orElse("another practice");
    }

    private static InvalidInputException refused(String at, String why) {
        return new InvalidInputException("workbook file", at + ": " + why);
    }
}
