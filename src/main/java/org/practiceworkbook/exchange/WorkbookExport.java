package org.practiceworkbook.exchange;

import java.nio.file.Path;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.practiceworkbook.assessment.Answer;
import org.practiceworkbook.assessment.Consensus;
import org.practiceworkbook.assessment.InvalidInputException;
import org.practiceworkbook.assessment.ItemRef;
import org.practiceworkbook.assessment.PlannedAction;
import org.practiceworkbook.assessment.Practice;
import org.practiceworkbook.assessment.Respondent;
import org.practiceworkbook.assessment.Round;
import org.practiceworkbook.pack.LoadedPack;
import org.practiceworkbook.store.Workbook;

/**
 * Gathers a whole workbook into a {@link WorkbookFile}, in a fixed order (practices by name, rounds by date then
 * label, respondents and actions in the order they were added, answers and consensus by questionnaire then item), so
 * the same workbook always gives the same file apart from {@code exportedAt}.
 */
public final class WorkbookExport {

    /** What an export wrote. */
    public record Summary(Path file, int practices, int rounds, int answers) {
    }

    private static final Comparator<ItemRef> BY_ITEM = Comparator.comparing(ItemRef::packId).thenComparing(ItemRef::itemId);

    private final Workbook workbook;
    private final Clock clock;
    private final WorkbookFiles files;

    public WorkbookExport(Workbook workbook, Clock clock, WorkbookFiles files) {
        this.workbook = workbook;
        this.clock = clock;
        this.files = files;
    }

    /** Everything the workbook holds, as one file's content. */
    public WorkbookFile export() {
        var packs = new ArrayList<LoadedPack>();
        workbook.packs().list().forEach(p -> packs.add(workbook.packs().stored(p.ref()).orElseThrow()));
        var practices = new ArrayList<WorkbookFile.PracticeEntry>();
        for (Practice practice : workbook.practices().list()) {
            practices.add(practice(practice));
        }
        return new WorkbookFile(clock.instant().truncatedTo(ChronoUnit.SECONDS), packs, practices);
    }

    /**
     * Writes the whole workbook to {@code file}: to a temporary file beside it first, then moved into place, so a
     * failed export never leaves half a file.
     *
     * @param overwrite whether an existing file may be replaced
     * @throws InvalidInputException when the file exists and may not be replaced, or cannot be written
     */
    public Summary exportTo(Path file, boolean overwrite) {
        return exportTo(file, overwrite, false);
    }

    /**
     * As {@link #exportTo(Path, boolean)}; with {@code anonymise}, the file names nobody and holds no notes (see
     * {@link AnonymisedWorkbook}): for a trainer. The workbook itself is not changed.
     */
    public Summary exportTo(Path file, boolean overwrite, boolean anonymise) {
        Path target = file.toAbsolutePath();
        AtomicFile.refuseIfExists(target, overwrite);
        WorkbookFile content = anonymise ? AnonymisedWorkbook.of(export()) : export();
        AtomicFile.write(target, files.write(content), overwrite);
        return new Summary(target, content.practices().size(), content.roundCount(), content.answerCount());
    }

    /** A file name for the export: {@code practice-workbook-2027-03-14.pwb}. */
    public String suggestedFileName() {
        return suggestedFileName(false);
    }

    /** {@code practice-workbook-anonymised-2027-03-14.pwb} for an anonymised export, so the two are not confused. */
    public String suggestedFileName(boolean anonymised) {
        return "practice-workbook-" + (anonymised ? "anonymised-" : "")
                + clock.instant().atZone(clock.getZone()).toLocalDate() + WorkbookFile.EXTENSION;
    }

    private WorkbookFile.PracticeEntry practice(Practice practice) {
        var rounds = new ArrayList<WorkbookFile.RoundEntry>();
        var roundIds = new TreeMap<Long, UUID>();
        List<Round> held = workbook.rounds().list(practice.id()).stream()
                .sorted(Comparator.comparing(Round::date).thenComparing(r -> r.label().toLowerCase(Locale.ROOT)))
                .toList();
        for (Round round : held) {
            UUID id = workbook.rounds().publicId(round.id());
            roundIds.put(round.id(), id);
            rounds.add(round(round, id));
        }
        var actions = new ArrayList<WorkbookFile.ActionEntry>();
        var reviews = workbook.actions().reviewsOf(practice.id());
        for (PlannedAction a : workbook.actions().list(practice.id())) {
            UUID origin = a.originRoundId() == null ? null : roundIds.get(a.originRoundId());
            var decided = new java.util.LinkedHashMap<UUID, org.practiceworkbook.assessment.ActionReview>();
            var byRound = reviews.getOrDefault(a.id(), java.util.Map.of());
            // In the order the file lists the rounds, so the same workbook always gives the same file.
            for (Round round : held) {
                if (byRound.containsKey(round.id())) {
                    decided.put(roundIds.get(round.id()), byRound.get(round.id()));
                }
            }
            actions.add(new WorkbookFile.ActionEntry(a.withRowIds(0, 0, null)
                    .withLinkedItems(a.linkedItems().stream().sorted(BY_ITEM).toList()), origin, decided));
        }
        UUID id = workbook.practices().publicId(practice.id());
        return new WorkbookFile.PracticeEntry(id, new Practice(0, practice.name(), practice.odsCode(),
                practice.model(), practice.pcn(), practice.federation()), workbook.actions().priorityCap(practice.id()),
                actions, rounds);
    }

    private WorkbookFile.RoundEntry round(Round round, UUID id) {
        var respondents = new ArrayList<WorkbookFile.RespondentEntry>();
        for (Respondent person : workbook.respondents().list(round.id())) {
            var answers = new ArrayList<WorkbookFile.PackAnswer>();
            for (String packId : workbook.answers().packsAnswered(person.id())) {
                workbook.answers().forRespondent(person.id(), packId).values().stream()
                        .sorted(Comparator.comparing(Answer::itemId))
                        .forEach(a -> answers.add(new WorkbookFile.PackAnswer(packId, a)));
            }
            respondents.add(new WorkbookFile.RespondentEntry(person.publicId(), person.name(), person.role(), answers));
        }
        return new WorkbookFile.RoundEntry(id, round.label(), round.date(), round.facts(),
                workbook.rounds().questionnaires(round.id()), workbook.workshops().settings(round.id()), respondents,
                consensus(round.id()));
    }

    /** A round's consensus rows and targets, merged per item. */
    private List<WorkbookFile.ConsensusEntry> consensus(long roundId) {
        Map<ItemRef, Consensus> agreed = workbook.consensus().forRound(roundId);
        Map<ItemRef, Integer> targets = workbook.consensus().targets(roundId);
        var items = new TreeMap<ItemRef, Boolean>(BY_ITEM);
        agreed.keySet().forEach(i -> items.put(i, true));
        targets.keySet().forEach(i -> items.put(i, true));
        var out = new ArrayList<WorkbookFile.ConsensusEntry>();
        for (ItemRef item : items.keySet()) {
            Consensus c = agreed.get(item);
            out.add(c == null ? new WorkbookFile.ConsensusEntry(item, null, null, null, targets.get(item))
                    : new WorkbookFile.ConsensusEntry(item, c.value(), c.note(), c.decidedAt(), targets.get(item)));
        }
        return out;
    }
}
