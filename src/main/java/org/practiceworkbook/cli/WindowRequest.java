package org.practiceworkbook.cli;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What the window is asked to open.
 *
 * @param workbook      the workbook named with {@code --workbook}, or the standard one
 * @param workbookGiven whether {@code --workbook} was given; if not, the window opens the workbook its settings name
 * @param file          a response file ({@code .pwr}) or workbook file ({@code .pwb}) to offer once the window is open,
 *                      as when one is opened from the file manager
 */
public record WindowRequest(Path workbook, boolean workbookGiven, Optional<Path> file) {

    public WindowRequest(Path workbook) {
        this(workbook, true, Optional.empty());
    }
}
