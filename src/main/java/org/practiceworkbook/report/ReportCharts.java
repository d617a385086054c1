package org.practiceworkbook.report;

import org.practiceworkbook.assessment.RoundResults;

/**
 * Draws the report's charts as pictures. The charts are the window's own (JavaFX), so the report is handed this
 * rather than drawing them itself: it stays free of JavaFX, and the command line gets the drawing from {@code Main}
 * as it gets the window.
 */
@FunctionalInterface
public interface ReportCharts {

    /** No charts: the report says so where the radar would be. For builds or tests without a toolkit. */
    ReportCharts NONE = (results, width, scale) -> null;

    /**
     * A questionnaire's section radar for one round, as PNG bytes.
     *
     * @param width the chart's width in screen pixels: its text keeps its screen size, so a narrower chart has
     *              relatively larger text
     * @param scale how many image pixels per screen pixel: 2 for print
     * @return the picture, or null when charts cannot be drawn here
     */
    byte[] radarPng(RoundResults results, double width, double scale);
}
