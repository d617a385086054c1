package org.practiceworkbook.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Locale;

import org.practiceworkbook.assessment.InvalidInputException;
import org.practiceworkbook.assessment.Practice;
import org.practiceworkbook.assessment.Round;
import org.practiceworkbook.exchange.AtomicFile;
import org.practiceworkbook.store.Workbook;

/** Writes a round's report to a PDF file, whole or not at all; the workbook is only read. */
public final class ReportFile {

    /** What was written. */
    public record Written(Path file, int bytes) {
    }

    private ReportFile() {
    }

    /**
     * Reads the round, lays the report out and writes it, replacing a file already there (the person chose it).
     *
     * @throws InvalidInputException when nobody has answered in the round, or the file cannot be written
     */
    public static Written write(Workbook workbook, Practice practice, Round round, ReportCharts charts,
                                ReportOptions options, Path file) {
        if (Files.isDirectory(file)) {
            throw new InvalidInputException("out", file + " is a folder; name the PDF file to write");
        }
        Path folder = file.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new InvalidInputException("out", "cannot write " + file + ": the folder " + folder
                    + " does not exist");
        }
        byte[] pdf = new PracticeReport(RoundReport.read(workbook, practice, round), charts, options).pdf();
        AtomicFile.write(file, pdf, true);
        return new Written(file, pdf.length);
    }

    /** "riverside-surgery-baseline-march-2027-report.pdf": a file name that survives e-mail and USB sticks. */
    public static String suggestedName(Practice practice, Round round) {
        String plain = Normalizer.normalize(practice.name() + " " + round.label(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "")
                + "-report.pdf";
    }
}
