package org.practiceworkbook.cli;

import java.nio.file.Path;
import java.util.List;

import org.practiceworkbook.assessment.Practice;
import org.practiceworkbook.assessment.Round;
import org.practiceworkbook.store.Workbook;

/**
 * Draws a round's charts to PNG files without a window, for a trainer's slides. The drawing lives with the views;
 * the command line is handed it, as it is handed the window, so it needs no view code of its own.
 */
@FunctionalInterface
public interface ChartRenderer {

    /** @return the files written, in the order written */
    List<Path> render(Workbook workbook, Practice practice, Round round, String packId, Path folder);
}
