package org.practiceworkbook.ui.results;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

import org.practiceworkbook.assessment.Comparison;
import org.practiceworkbook.assessment.Practice;
import org.practiceworkbook.assessment.Round;
import org.practiceworkbook.assessment.RoundFacts;
import org.practiceworkbook.assessment.RoundResults;
import org.practiceworkbook.assessment.SectionResult;
import org.practiceworkbook.assessment.SectionTrend;
import org.practiceworkbook.store.Workbook;
import org.practiceworkbook.ui.common.BackgroundTasks;
import org.practiceworkbook.ui.common.Feedback;
import org.practiceworkbook.store.RoundReading;

/**
 * A practice's results for one questionnaire: every round read once, off the FX thread, then the chosen round's
 * charts and the trend across rounds derived from them, so switching rounds is instant.
 */
public final class ResultsViewModel {

    /** One round and its results, oldest round first; {@code namesShown} as the round's workshop chose. */
    public record RoundEntry(Round round, RoundResults results, boolean namesShown) {
        @Override
        public String toString() {
            return round.label();
        }
    }

    /** Everything read for the practice and questionnaire. */
    public record Loaded(String packId, List<RoundEntry> rounds) {
        public List<SectionTrend> trends() {
            return SectionTrend.of(rounds.stream().map(RoundEntry::results).toList());
        }
    }

    private final Workbook workbook;
    private final BackgroundTasks tasks;
    private final Feedback feedback;
    private final Practice practice;
    private final ObjectProperty<String> packId = new SimpleObjectProperty<>(this, "packId");
    private final ReadOnlyObjectWrapper<Loaded> loaded = new ReadOnlyObjectWrapper<>(this, "loaded");
    private final ObjectProperty<RoundEntry> round = new SimpleObjectProperty<>(this, "round");
    private final ReadOnlyObjectWrapper<Comparison> comparison = new ReadOnlyObjectWrapper<>(this, "comparison");

    /** @param roundId the round to show first; -1 for the newest */
    public ResultsViewModel(Workbook workbook, BackgroundTasks tasks, Feedback feedback, Practice practice,
                            String firstPackId, long roundId) {
        this.workbook = workbook;
        this.tasks = tasks;
        this.feedback = feedback;
        this.practice = practice;
        packId.addListener((o, was, is) -> load(is, round.get() == null ? roundId : round.get().round().id()));
        packId.set(firstPackId);
    }

    public Practice practice() {
        return practice;
    }

    /** The questionnaire shown. */
    public ObjectProperty<String> packIdProperty() {
        return packId;
    }

    public ReadOnlyObjectProperty<Loaded> loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** The round whose charts are shown. */
    public ObjectProperty<RoundEntry> roundProperty() {
        return round;
    }

    /** Every practice's newest round of this questionnaire side by side; read when first asked for. */
    public ReadOnlyObjectProperty<Comparison> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    /** Reads the comparison between practices, off the FX thread: it reads every practice in the workbook. */
    public void compare() {
        String pack = packId.get();
        feedback.working("Reading every practice's results…");
        tasks.run(() -> {
            var entries = new ArrayList<Comparison.Entry>();
            for (Practice other : workbook.practices().list()) {
                var rounds = new ArrayList<>(workbook.rounds().list(other.id()));
                rounds.sort(Comparator.comparing(Round::date).thenComparing(Round::id).reversed());
                for (Round r : rounds) {
                    var results = RoundReading.read(workbook, r, pack).results(other);
                    if (!results.people().isEmpty()) {
                        entries.add(new Comparison.Entry(other.name(), r.label(), results));
                        break;
                    }
                }
            }
            return Comparison.of(entries);
        }, result -> {
            // A comparison asked for before the questionnaire changed is not this questionnaire's.
            if (pack.equals(packId.get())) {
                feedback.saved("Compared " + result.rows().size() + (result.rows().size() == 1 ? " practice"
                        : " practices"));
                comparison.set(result);
            }
        }, feedback::failed);
    }

    private void load(String pack, long showRound) {
        comparison.set(null);
        feedback.working("Reading the results…");
        tasks.run(() -> new Loaded(pack, RoundReading.history(workbook, practice, pack).stream()
                .map(read -> new RoundEntry(read.round(), read.reading().results(practice),
                        read.reading().settings().namesShown()))
                .toList()), result -> {
            feedback.saved("Results of " + practice.name());
            loaded.set(result);
            round.set(result.rounds().stream().filter(e -> e.round().id() == showRound).findFirst()
                    .orElse(result.rounds().isEmpty() ? null : result.rounds().getLast()));
        }, feedback::failed);
    }

    /** The round before the one shown, for the change in list size. */
    public Optional<RoundEntry> previousRound() {
        if (loaded.get() == null || round.get() == null) {
            return Optional.empty();
        }
        int at = loaded.get().rounds().indexOf(round.get());
        return at > 0 ? Optional.of(loaded.get().rounds().get(at - 1)) : Optional.empty();
    }

    /** The section scored highest and lowest in the round shown, for the sentence a newcomer reads first. */
    public static Optional<SectionResult> strongest(RoundResults results) {
        return scored(results).max(Comparator.comparingDouble(s -> s.percent().getAsDouble()));
    }

    public static Optional<SectionResult> weakest(RoundResults results) {
        return scored(results).min(Comparator.comparingDouble(s -> s.percent().getAsDouble()));
    }

    private static java.util.stream.Stream<SectionResult> scored(RoundResults results) {
        return results.sections().stream().filter(s -> s.percent().isPresent());
    }

    /** The facts recorded with the round shown, and how the list size moved since the round before. */
    public record Facts(RoundFacts facts, OptionalDouble wtePerThousand, Integer listSizeChange) {
    }

    public Optional<Facts> facts() {
        if (round.get() == null) {
            return Optional.empty();
        }
        RoundFacts facts = round.get().round().facts();
        Integer change = previousRound().map(p -> p.round().facts().listSize())
                .filter(before -> facts.listSize() != null).map(before -> facts.listSize() - before).orElse(null);
        return Optional.of(new Facts(facts, facts.managementWtePerThousandPatients(), change));
    }
}
