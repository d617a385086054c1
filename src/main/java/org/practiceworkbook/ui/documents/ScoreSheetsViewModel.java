package org.practiceworkbook.ui.documents;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.practiceworkbook.assessment.Practice;
import org.practiceworkbook.report.sheets.ScoreSheets;
import org.practiceworkbook.store.PackStore;
import org.practiceworkbook.store.Workbook;
import org.practiceworkbook.ui.common.BackgroundTasks;
import org.practiceworkbook.ui.common.Feedback;

/** Blank score sheets as a PDF to print: the questionnaires to choose from, and the writing, off the FX thread. */
public final class ScoreSheetsViewModel {

    /** A questionnaire to offer: its id and its title. */
    public record Choice(String packId, String title) {
        @Override
        public String toString() {
            return title;
        }
    }

    private final Workbook workbook;
    private final BackgroundTasks tasks;
    private final Feedback feedback;

    public ScoreSheetsViewModel(Workbook workbook, BackgroundTasks tasks, Feedback feedback) {
        this.workbook = workbook;
        this.tasks = tasks;
        this.feedback = feedback;
    }

    /** The questionnaires the workbook holds, each once (its newest version), in the order they were added. */
    public void questionnaires(Consumer<List<Choice>> then) {
        tasks.run(() -> workbook.packs().list().stream().map(PackStore.StoredPack::ref).map(r -> r.id()).distinct()
                        .map(id -> new Choice(id, workbook.packs().load(workbook.packs().latest(id).orElseThrow())
                                .title())).toList(),
                then, feedback::failed);
    }

    public String suggestedFileName(String packId, Practice practice) {
        return ScoreSheets.suggestedFileName(packId, practice);
    }

    /** Writes the sheets where the person chose (their file dialog has already asked about replacing). */
    public void write(String packId, Practice practice, Path to) {
        feedback.working("Making score sheets…");
        tasks.run(() -> new ScoreSheets(workbook).write(packId, practice, to, true),
                summary -> feedback.saved("Saved score sheets for " + summary.title() + " (" + summary.items()
                        + " items) to " + summary.file() + "; open it to print"),
                feedback::failed);
    }
}
