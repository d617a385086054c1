package org.practiceworkbook.settings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.practiceworkbook.assessment.InvalidInputException;
import org.practiceworkbook.store.WorkbookLocation;

/**
 * Which workbook the program works on: the one named on the command line, else the one the settings name to open at
 * start, else the standard one. The window and the command line both choose here, so a command without
 * {@code --workbook} works on the workbook the person's window opens. A workbook named in the settings that is no
 * longer there is never made afresh (the person would find an empty workbook where theirs was): it is reported as
 * {@link #missing()}, and the window opens the standard one with a {@link #note()}, while a command refuses.
 *
 * @param file    the workbook to open
 * @param missing the workbook the settings name, when it is not there
 */
public record StartingWorkbook(Path file, Optional<Path> missing) {

    /**
     * @param given      the workbook named on the command line, or the standard one
     * @param named      whether {@code given} was named on the command line
     * @param inSettings the workbook the settings name to open at start; null when they name none
     */
    public static StartingWorkbook choose(Path given, boolean named, Path inSettings) {
        if (named || inSettings == null) {
            return new StartingWorkbook(given, Optional.empty());
        }
        Path chosen = WorkbookLocation.file(inSettings);
        if (Files.isRegularFile(chosen)) {
            return new StartingWorkbook(chosen, Optional.empty());
        }
        return new StartingWorkbook(given, Optional.of(chosen));
    }

    /** What the window says when the workbook set to open at start has gone and the standard one opens instead. */
    public Optional<Exception> note() {
        return missing.map(chosen -> new InvalidInputException("workbook", "the workbook set to open at start, "
                + chosen + ", was not found, so the standard workbook is open instead; File > Settings… chooses which "
                + "opens at start"));
    }
}
