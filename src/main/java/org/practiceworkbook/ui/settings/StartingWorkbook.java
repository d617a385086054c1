package org.practiceworkbook.ui.settings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.practiceworkbook.assessment.InvalidInputException;
import org.practiceworkbook.store.WorkbookLocation;

/**
 * Which workbook the window opens at start: the one named on the command line, else the one the settings name, else
 * the standard one. A workbook named in the settings that is no longer there is never made afresh (the person would
 * find an empty workbook where theirs was): the standard one opens, with a note saying why.
 */
public record StartingWorkbook(Path file, Optional<Exception> note) {

    public static StartingWorkbook choose(Path given, boolean named, Settings settings) {
        if (named || settings.defaultWorkbook() == null) {
            return new StartingWorkbook(given, Optional.empty());
        }
        Path chosen = WorkbookLocation.file(settings.defaultWorkbook());
        if (Files.isRegularFile(chosen)) {
            return new StartingWorkbook(chosen, Optional.empty());
        }
        return new StartingWorkbook(given, Optional.of(new InvalidInputException("workbook", "the workbook set to open "
                + "at start, " + chosen + ", was not found, so the standard workbook is open instead; File > Settings… "
                + "chooses which opens at start")));
    }
}
