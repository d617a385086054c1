package org.practiceworkbook.ui.exchange;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.practiceworkbook.assessment.InvalidInputException;
import org.practiceworkbook.assessment.Practice;
import org.practiceworkbook.assessment.Respondent;
import org.practiceworkbook.assessment.Round;
import org.practiceworkbook.exchange.AtomicFile;
import org.practiceworkbook.exchange.ResponseExport;
import org.practiceworkbook.exchange.ResponseFile;
import org.practiceworkbook.exchange.ResponseFiles;
import org.practiceworkbook.exchange.ResponseImport;
import org.practiceworkbook.json.InvalidJsonException;
import org.practiceworkbook.store.Workbook;
import org.practiceworkbook.ui.common.BackgroundTasks;
import org.practiceworkbook.ui.common.Feedback;

/**
 * Response files in the window: one person's answers written for another laptop, and files from other laptops
 * read, placed and imported. Files are read and imported off the FX thread; results come back as plain records.
 */
public final class ResponseExchangeViewModel {

    /** A file as read: its content, or why it cannot be used; and whether its practice and round are here. */
    public record Incoming(Path path, ResponseFile file, String refusal, ResponseImport.Match match) {
        public boolean isReadable() {
            return file != null;
        }

        public boolean needsPlacing() {
            return isReadable() && !match.isComplete();
        }

        /** "Dr Ana Müller · Riverside Surgery · Baseline March 2027 (14/03/2027)" */
        public String describe() {
            return file.respondentDisplayName() + " · " + file.practiceName() + " · " + file.roundLabel() + " ("
                    + org.practiceworkbook.ui.common.Forms.UK_DATE.format(file.roundDate()) + ")";
        }
    }

    /** Where the facilitator wants a file's answers: a new practice or round, an existing round, or nowhere. */
    public sealed interface Placement {
        record Create(String text) implements Placement {
            @Override
            public String toString() {
                return text;
            }
        }

        record Into(Round round, String text) implements Placement {
            @Override
            public String toString() {
                return text;
            }
        }

        record Skip() implements Placement {
            @Override
            public String toString() {
                return "Do not import this file";
            }
        }
    }

    /** What happened to one file. */
    public record Outcome(Path path, String text, boolean refused) {
    }

    private final Workbook workbook;
    private final BackgroundTasks tasks;
    private final Feedback feedback;
    private final Clock clock;
    private final ResponseFiles files = new ResponseFiles();

    public ResponseExchangeViewModel(Workbook workbook, BackgroundTasks tasks, Feedback feedback, Clock clock) {
        this.workbook = workbook;
        this.tasks = tasks;
        this.feedback = feedback;
        this.clock = clock;
    }

    /** The questionnaires a person has answered anything in, by id. */
    public void packsAnswered(Respondent respondent, Consumer<List<String>> then) {
        tasks.run(() -> new ResponseExport(workbook, clock).packsAnswered(respondent), then, feedback::failed);
    }

    /** The name a response file is offered under, so the facilitator can tell whose it is. */
    public void suggestName(Respondent respondent, String packId, Consumer<String> then) {
        tasks.run(() -> ResponseExport.suggestedFileName(new ResponseExport(workbook, clock).export(respondent, packId)),
                then, feedback::failed);
    }

    public void export(Respondent respondent, String packId, Path to) {
        tasks.run(() -> {
            ResponseFile file = new ResponseExport(workbook, clock).export(respondent, packId);
            AtomicFile.write(to, files.write(file), true);
            return file;
        }, file -> feedback.saved("Exported " + file.answers().size() + " answers of " + file.respondentDisplayName()
                + " to " + to), feedback::failed);
    }

    /** Reads and checks each file, and finds its practice and round. */
    public void read(List<Path> paths, Consumer<List<Incoming>> then) {
        feedback.working("Reading " + paths.size() + (paths.size() == 1 ? " response file…" : " response files…"));
        tasks.run(() -> {
            var importer = new ResponseImport(workbook);
            var incoming = new ArrayList<Incoming>();
            for (Path path : paths) {
                try {
                    ResponseFile file = files.read(path.getFileName().toString(), path);
                    incoming.add(new Incoming(path, file, null, importer.match(file)));
                } catch (InvalidJsonException e) {
                    incoming.add(new Incoming(path, null, e.firstProblem(), null));
                } catch (InvalidInputException e) {
                    incoming.add(new Incoming(path, null, e.getMessage(), null));
                }
            }
            return incoming;
        }, incoming -> {
            feedback.saved("Read " + incoming.size() + (incoming.size() == 1 ? " response file" : " response files"));
            then.accept(incoming);
        }, feedback::failed);
    }

    /**
     * The choices for each file whose practice or round is missing: create what is missing (offered first), put the
     * answers into any existing round, or leave the file out.
     */
    public void placements(List<Incoming> needing, Consumer<java.util.Map<Path, List<Placement>>> then) {
        tasks.run(() -> {
            var existing = new ArrayList<Placement>();
            for (Practice practice : workbook.practices().list()) {
                for (Round round : workbook.rounds().list(practice.id())) {
                    existing.add(new Placement.Into(round, "Into " + practice.name() + " · " + round.label() + " ("
                            + org.practiceworkbook.ui.common.Forms.UK_DATE.format(round.date()) + ")"));
                }
            }
            var byFile = new java.util.LinkedHashMap<Path, List<Placement>>();
            for (Incoming file : needing) {
                ResponseFile f = file.file();
                var choices = new ArrayList<Placement>();
                var sameLabel = file.match().sameLabel();
                if (sameLabel.isPresent()) {
                    // The label is taken on another date, so no round can be added: the likeliest place comes first.
                    existing.stream()
                            .filter(p -> p instanceof Placement.Into into && into.round().id() == sameLabel.get().id())
                            .forEach(choices::add);
                } else {
                    choices.add(new Placement.Create(file.match().practice().isPresent()
                            ? "Add the round \"" + f.roundLabel() + "\" to " + file.match().practice().get().name()
                            : "Add the practice \"" + f.practiceName() + "\" with its round \"" + f.roundLabel() + "\""));
                }
                existing.stream().filter(p -> !choices.contains(p)).forEach(choices::add);
                choices.add(new Placement.Skip());
                byFile.put(file.path(), choices);
            }
            return byFile;
        }, then, feedback::failed);
    }

    /**
     * Imports every readable file, each as one commit, and reports on every file, refused ones included.
     *
     * @param placed where each file needing a place goes; files not in it go only where they match
     */
    public void importAll(List<Incoming> incoming, java.util.Map<Path, Placement> placed, Consumer<List<Outcome>> then) {
        tasks.run(() -> {
            var importer = new ResponseImport(workbook);
            var outcomes = new ArrayList<Outcome>();
            for (Incoming in : incoming) {
                if (!in.isReadable()) {
                    outcomes.add(new Outcome(in.path(), "refused: " + in.refusal(), true));
                    continue;
                }
                Optional<ResponseImport.Destination> destination = switch (placed.get(in.path())) {
                    case null -> Optional.of(ResponseImport.MATCHED);
                    case Placement.Create _ -> Optional.of(ResponseImport.CREATE_MISSING);
                    case Placement.Into into -> Optional.of(new ResponseImport.Destination.IntoRound(into.round().id()));
                    case Placement.Skip _ -> Optional.empty();
                };
                if (destination.isEmpty()) {
                    outcomes.add(new Outcome(in.path(), "not imported, as you chose", false));
                    continue;
                }
                try {
                    outcomes.add(new Outcome(in.path(), importer.importFile(in.file(), destination.get()).describe(), false));
                } catch (InvalidInputException e) {
                    outcomes.add(new Outcome(in.path(), "refused: " + e.getMessage(), true));
                }
            }
            return outcomes;
        }, outcomes -> {
            long refused = outcomes.stream().filter(Outcome::refused).count();
            long taken = outcomes.stream().filter(o -> o.text().startsWith("imported") || o.text().startsWith("updated"))
                    .count();
            if (refused == 0) {
                feedback.saved("Imported or updated " + taken + " of " + outcomes.size()
                        + (outcomes.size() == 1 ? " response file" : " response files"));
            } else {
                feedback.failed(new InvalidInputException("file", refused + " of " + outcomes.size()
                        + " response files refused; nothing was changed by those"));
            }
            then.accept(outcomes);
        }, feedback::failed);
    }
}
