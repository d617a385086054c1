package org.practiceworkbook.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.practiceworkbook.ui.exchange.FilePicker;

/** A file the program was started with, as when one is opened from the file manager: each kind goes where it belongs. */
public final class OpenedFiles {

    private OpenedFiles() {
    }

    /** A response file goes to the response import, a workbook file to the workbook import's preview. */
    public static void offer(MainWindow window, Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(FilePicker.RESPONSE_FILES.extension())) {
            window.importResponses(List.of(file));
        } else if (name.endsWith(FilePicker.WORKBOOK_FILES.extension())) {
            window.importWorkbook(file);
        }
    }
}
