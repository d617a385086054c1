package org.practiceworkbook.ui.report;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.function.Consumer;

import org.practiceworkbook.assessment.InvalidInputException;
import org.practiceworkbook.assessment.Practice;
import org.practiceworkbook.assessment.Round;
import org.practiceworkbook.report.ReportCharts;
import org.practiceworkbook.report.ReportFile;
import org.practiceworkbook.report.ReportOptions;
import org.practiceworkbook.store.Workbook;
import org.practiceworkbook.ui.common.BackgroundTasks;
import org.practiceworkbook.ui.common.Feedback;

/**
 * File > Export report as PDF…: the selected practice's report for its selected round, or its newest round when
 * none is selected. Reading and laying out run off the FX thread (the radar is drawn on it when asked), with the
 * status line saying the work is under way.
 */
public final class ReportExportViewModel {

    private final Workbook workbook;
    private final BackgroundTasks tasks;
    private final Feedback feedback;
    private final Clock clock;
    private final ReportCharts charts;

    public ReportExportViewModel(Workbook workbook, BackgroundTasks tasks, Feedback feedback, Clock clock,
                                 ReportCharts charts) {
        this.workbook = workbook;
        this.tasks = tasks;
        this.feedback = feedback;
        this.clock = clock;
        this.charts = charts;
    }

    /** The round a report would be of: the one chosen, else the newest by date; null when the practice has none. */
    public void roundFor(Practice practice, Round selected, Consumer<Round> then) {
        if (selected != null) {
            then.accept(selected);
            return;
        }
        tasks.run(() -> workbook.rounds().list(practice.id()).stream()
                .max(Comparator.comparing(Round::date).thenComparing(Round::id)).orElse(null), then, feedback::failed);
    }

    /** Tells the person, in the status line, why there is no report to make. */
    public void noRound(Practice practice) {
        feedback.failed(new InvalidInputException("round", practice.name() + " has no rounds yet, so there is no "
                + "report to export"));
    }

    /** Writes the report to a file the person chose (their save dialog has already asked about replacing it). */
    public void export(Practice practice, Round round, Path to, Consumer<Path> written) {
        feedback.working("Preparing the report of " + round.label() + "…");
        tasks.run(() -> ReportFile.write(workbook, practice, round, charts,
                        ReportOptions.rolesOnly(LocalDate.now(clock)), to),
                result -> {
                    feedback.saved("Saved the report of " + round.label() + " to " + result.file());
                    written.accept(result.file());
                }, feedback::failed);
    }
}
