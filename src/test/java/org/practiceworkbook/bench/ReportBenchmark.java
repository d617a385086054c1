package org.practiceworkbook.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.practiceworkbook.assessment.PlannedAction;
import org.practiceworkbook.assessment.Round;
import org.practiceworkbook.demo.DemoWorkbook;
import org.practiceworkbook.pack.PackReader;
import org.practiceworkbook.report.ReportFile;
import org.practiceworkbook.report.ReportOptions;
import org.practiceworkbook.store.Workbook;
import org.practiceworkbook.ui.results.ChartFiles;

/**
 * The printable report of the demo's newest round (three questionnaires, six people), its action plan grown to 30
 * actions: the whole process a person waits for (read the round, draw the radars at print resolution, lay out, write
 * the file). The first run includes starting JavaFX's headless toolkit, as the command line does. Prints figures.
 */
@Tag("benchmark")
class ReportBenchmark {

    @Test
    void report_figures() throws Exception {
        Path folder = Path.of("target", "benchmark");
        Files.createDirectories(folder);
        Path file = folder.resolve("report-source.mv.db");
        Files.deleteIfExists(file);
        try (Workbook workbook = Workbook.open(file, new PackReader())) {
            DemoWorkbook.fill(workbook);
            var practice = workbook.practices().list().getFirst();
            var round = workbook.rounds().list(practice.id()).stream().max(Comparator.comparing(Round::date))
                    .orElseThrow();
            var linked = workbook.actions().list(practice.id()).getFirst().linkedItems();
            for (int i = workbook.actions().list(practice.id()).size(); i < 30; i++) {
                workbook.actions().add(new PlannedAction(0, UUID.randomUUID(), practice.id(), round.id(),
                        "Benchmark action " + (i + 1) + ": agree who covers the practice manager's duties",
                        "A description long enough to wrap over several lines of its column, as real actions do: "
                                + "who meets whom, what they agree, and where it is written down for the team.",
                        "Practice manager", "Dr Helen Price", LocalDate.of(2027, 12, 1), PlannedAction.Priority.MEDIUM,
                        PlannedAction.Status.NOT_STARTED, "Agreed and written down by the end of the year.", null,
                        linked));
            }
            Path pdf = folder.resolve("report.pdf");
            var options = ReportOptions.rolesOnly(LocalDate.of(2027, 10, 1));
            double[] runs = new double[10];
            int pages = 0;
            for (int run = 0; run < runs.length; run++) {
                long start = System.nanoTime();
                var written = ReportFile.write(workbook, practice, round, ChartFiles::radarPng, options, pdf);
                runs[run] = (System.nanoTime() - start) / 1e6;
                if (run == 0) {
                    try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
                        pages = document.getNumberOfPages();
                    }
                    System.out.printf("report: %d actions, %d pages, %,d bytes%n",
                            workbook.actions().list(practice.id()).size(), pages, written.bytes());
                }
            }
            double first = runs[0];
            double[] warm = Arrays.copyOfRange(runs, 1, runs.length);
            Arrays.sort(warm);
            System.out.printf("report: first (with toolkit start) %.0f ms; then median %.0f ms, slowest %.0f ms%n",
                    first, warm[warm.length / 2], warm[warm.length - 1]);
        }
    }
}
