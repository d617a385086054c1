package org.practiceworkbook.cli;

import java.nio.file.Path;

import org.practiceworkbook.assessment.InvalidInputException;
import org.practiceworkbook.settings.StartingWorkbook;
import org.practiceworkbook.settings.WorkbookSetting;
import org.practiceworkbook.store.WorkbookLocation;

/**
 * The workbook a command works on when {@code --workbook} is not given: the one the window opens at start, so a
 * command never quietly changes a different workbook from the one the person sees. Where the window, finding the
 * workbook set to open at start gone, opens the standard one with a note, a command stops: it would otherwise create
 * an empty workbook, or change the standard one, while the person means their own. For the same reason it stops when
 * the settings cannot be read.
 */
final class CommandWorkbook {

    private CommandWorkbook() {
    }

    /**
     * @param dataFolder where the settings and the standard workbook are
     * @throws InvalidInputException when the settings cannot be read, or the workbook they name is not there: the
     *                               window, showing the standard workbook, lets the person see it is not theirs; a
     *                               command would not
     */
    static Path choose(Path dataFolder) {
        Path standard = WorkbookLocation.defaultWorkbook(dataFolder);
        WorkbookSetting setting = WorkbookSetting.readIn(dataFolder);
        setting.problem().ifPresent(problem -> {
            throw new InvalidInputException("settings", problem + ", so which workbook to use is not known and nothing"
                    + " was done; name the workbook to use with --workbook PATH, or choose the workbook opened at start"
                    + " again in the window's File > Settings…");
        });
        StartingWorkbook starting = StartingWorkbook.choose(standard, false, setting.workbook());
        starting.missing().ifPresent(missing -> {
            throw new InvalidInputException("workbook", "the workbook set to open at start, " + missing
                    + ", is not there, so nothing was done; name the workbook to use with --workbook PATH, or "
                    + "choose another in the window's File > Settings…");
        });
        return starting.file();
    }
}
