package org.practiceworkbook.ui.exchange;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import javafx.stage.Window;

/**
 * Asks a person for files to open or a place to save. The window uses the system's file dialogs; tests give the
 * answers a person would, since a system dialog cannot be driven on a headless screen.
 */
public interface FilePicker {

    /** A kind of file: "Response files (*.pwr)". */
    record FileType(String description, String extension) {
    }

    FileType RESPONSE_FILES = new FileType("Response files", ".pwr");
    FileType WORKBOOK_FILES = new FileType("Workbook files", ".pwb");
    FileType PDF_FILES = new FileType("PDF documents", ".pdf");
    FileType CSV_FILES = new FileType("CSV files for Excel", ".csv");
    /** A workbook itself, the database the program works in (not a {@code .pwb} file to exchange). */
    FileType WORKBOOK_DATABASES = new FileType("Practice Workbook workbooks", ".mv.db");

    /** The one file chosen; empty when the person cancelled. */
    Optional<Path> open(Window owner, String title, FileType type);

    /** The files chosen; empty when the person cancelled. */
    List<Path> openMany(Window owner, String title, FileType type);

    /** Where to save; empty when the person cancelled. */
    Optional<Path> saveAs(Window owner, String title, String suggestedName, FileType type);
}
