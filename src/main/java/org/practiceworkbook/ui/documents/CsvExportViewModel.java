package org.practiceworkbook.ui.documents;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

import org.practiceworkbook.assessment.Practice;
import org.practiceworkbook.spreadsheet.CsvExport;
import org.practiceworkbook.store.Workbook;
import org.practiceworkbook.ui.common.BackgroundTasks;
import org.practiceworkbook.ui.common.Feedback;

/** A practice's action plan or answers written as CSV for Excel, off the FX thread, saying on the status line how it went. */
public final class CsvExportViewModel {

    private final Workbook workbook;
    private final BackgroundTasks tasks;
    private final Feedback feedback;
    private final Clock clock;

    public CsvExportViewModel(Workbook workbook, BackgroundTasks tasks, Feedback feedback, Clock clock) {
        this.workbook = workbook;
        this.tasks = tasks;
        this.feedback = feedback;
        this.clock = clock;
    }

    public String suggestedFileName(Practice practice, CsvExport.What what) {
        return CsvExport.suggestedFileName(practice, what, today());
    }

    /** Writes the file the person chose (their file dialog has already asked about replacing it). */
    public void export(Practice practice, CsvExport.What what, boolean names, Path to) {
        feedback.working("Writing the " + what.description() + " of " + practice.name() + " to " + to + "…");
        tasks.run(() -> new CsvExport(workbook).write(practice, what, names, today(), to, true),
                summary -> feedback.saved("Exported " + what.count(summary.rows()) + " of " + practice.name() + " to "
                        + summary.file()),
                feedback::failed);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
