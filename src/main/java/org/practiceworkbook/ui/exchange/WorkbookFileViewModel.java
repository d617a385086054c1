package org.practiceworkbook.ui.exchange;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;

import org.practiceworkbook.exchange.WorkbookExport;
import org.practiceworkbook.exchange.WorkbookFile;
import org.practiceworkbook.exchange.WorkbookFiles;
import org.practiceworkbook.exchange.WorkbookImport;
import org.practiceworkbook.json.InvalidJsonException;
import org.practiceworkbook.pack.PackReader;
import org.practiceworkbook.store.Workbook;
import org.practiceworkbook.ui.common.BackgroundTasks;
import org.practiceworkbook.ui.common.Feedback;

/**
 * The whole workbook as one file: written for another computer, or read in to gather several practices. Reading,
 * checking and importing run off the FX thread; a refused file changes nothing.
 */
public final class WorkbookFileViewModel {

    /** A file read and checked, with what importing it would do to each of its practices. */
    public record Preview(Path path, WorkbookFile file, List<WorkbookImport.PracticeResult> plain,
                          List<WorkbookImport.PracticeResult> replacing) {
    }

    private final Workbook workbook;
    private final BackgroundTasks tasks;
    private final Feedback feedback;
    private final Clock clock;
    private final WorkbookFiles files = new WorkbookFiles(new PackReader());

    public WorkbookFileViewModel(Workbook workbook, BackgroundTasks tasks, Feedback feedback, Clock clock) {
        this.workbook = workbook;
        this.tasks = tasks;
        this.feedback = feedback;
        this.clock = clock;
    }

    public void suggestName(Consumer<String> then) {
        tasks.run(() -> new WorkbookExport(workbook, clock, files).suggestedFileName(), then, feedback::failed);
    }

    public void suggestAnonymisedName(Consumer<String> then) {
        tasks.run(() -> new WorkbookExport(workbook, clock, files).suggestedFileName(true), then, feedback::failed);
    }

    /** Writes the workbook to a file the person chose (their file dialog has already asked about replacing it). */
    public void export(Path to) {
        export(to, false);
    }

    /** As {@link #export}, naming nobody and holding no notes: a file for a trainer. */
    public void exportAnonymised(Path to) {
        export(to, true);
    }

    private void export(Path to, boolean anonymise) {
        feedback.working("Exporting the workbook to " + to + "…");
        tasks.run(() -> new WorkbookExport(workbook, clock, files).exportTo(to, true, anonymise),
                summary -> feedback.saved("Exported " + summary.practices() + plural(summary.practices(), " practice")
                        + ", " + summary.rounds() + plural(summary.rounds(), " round") + " and "
                        + String.format("%,d", summary.answers()) + plural(summary.answers(), " answer")
                        + (anonymise ? " without names or notes" : "") + " to " + to),
                feedback::failed);
    }

    /** Reads and checks a workbook file, and says what importing it would do, with and without replacing. */
    public void preview(Path path, Consumer<Preview> then) {
        feedback.working("Reading and checking " + path.getFileName() + "…");
        tasks.run(() -> {
            var importer = new WorkbookImport(workbook, files);
            WorkbookFile file;
            try {
                file = importer.read(path);
            } catch (InvalidJsonException e) {
                throw new org.practiceworkbook.assessment.InvalidInputException("file", "the file "
                        + path.getFileName() + " was not imported, and nothing changed: " + e.firstProblem());
            }
            return new Preview(path, file, importer.preview(file, false), importer.preview(file, true));
        }, preview -> {
            feedback.saved("Read " + path.getFileName() + ": nothing is changed until you import it");
            then.accept(preview);
        }, feedback::failed);
    }

    /** Imports a previewed file, all or nothing. */
    public void importFile(Preview preview, boolean replace, Consumer<WorkbookImport.Result> then) {
        feedback.working("Importing " + preview.path().getFileName() + "…");
        tasks.run(() -> new WorkbookImport(workbook, files).importFile(preview.file(), replace), result -> {
            feedback.saved("Imported " + preview.path().getFileName() + ": " + result.count(WorkbookImport.Outcome.ADDED)
                    + " added, " + result.count(WorkbookImport.Outcome.REPLACED) + " replaced, "
                    + result.count(WorkbookImport.Outcome.SKIPPED) + " skipped");
            then.accept(result);
        }, feedback::failed);
    }

    /** What importing would do with one practice, for a line in the preview. */
    public static String describe(WorkbookImport.PracticeResult result) {
        String rounds = result.rounds() + plural(result.rounds(), " round");
        return result.practice() + " (" + rounds + "): " + switch (result.outcome()) {
            case ADDED -> "will be added";
            case SKIPPED -> "already in this workbook, so it will be left as it is";
            case REPLACED -> "will replace the one in this workbook";
        };
    }

    private static String plural(long count, String noun) {
        return count == 1 ? noun : noun + "s";
    }
}
