package org.practiceworkbook.ui.actions;

import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.stage.Window;

import org.practiceworkbook.assessment.InvalidInputException;
import org.practiceworkbook.ui.common.Feedback;

/** Prints the action plan on A4 through the computer's own print dialog. */
public final class ActionPlanPrinter {

    private ActionPlanPrinter() {
    }

    public static void print(Window owner, PrintedPlan plan, Feedback feedback) {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            feedback.failed(new InvalidInputException("printer", "no printer is set up on this computer. "
                    + "File > Export report as PDF\u2026 makes a file that prints anywhere"));
            return;
        }
        if (!job.showPrintDialog(owner)) {
            job.cancelJob();
            return;
        }
        PageLayout layout = job.getPrinter().createPageLayout(Paper.A4, PageOrientation.PORTRAIT,
                Printer.MarginType.DEFAULT);
        var pages = plan.pages(layout.getPrintableWidth(), layout.getPrintableHeight());
        for (var page : pages) {
            if (!job.printPage(layout, page)) {
                job.cancelJob();
                feedback.failed(new InvalidInputException("printer", "the printer stopped before the plan was "
                        + "printed (" + job.getJobStatus().toString().toLowerCase(java.util.Locale.UK) + ")"));
                return;
            }
        }
        job.endJob();
        feedback.saved("Sent the action plan to " + job.getPrinter().getName() + ": " + pages.size()
                + (pages.size() == 1 ? " page" : " pages"));
    }
}
