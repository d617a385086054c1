package org.practiceworkbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practiceworkbook.ui.results.ChartFiles;

/** The report from the command line, with no display: the same PDF the window makes, and clear refusals. */
class ReportCommandTest {

    @TempDir
    Path folder;

    record Run(int exit, String out, String err) {
    }

    private Run run(String... args) {
        var all = new ArrayList<>(List.of("--workbook", folder.resolve("w").toString()));
        all.addAll(List.of(args));
        var out = new StringWriter();
        var err = new StringWriter();
        int exit = CommandLineRunner.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err),
                w -> 0, ChartFiles::render, ChartFiles::radarPng);
        return new Run(exit, out.toString(), err.toString());
    }

    private static String text(Path pdf) throws Exception {
        try (var document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void the_newest_round_is_reported_when_none_is_named_and_a_named_round_when_it_is() throws Exception {
        assertThat(run("demo").exit()).isZero();
        Path latest = folder.resolve("latest.pdf");
        Path baseline = folder.resolve("baseline.pdf");

        var newest = run("report", "--practice", "riverside surgery", "--out", latest.toString());
        var named = run("report", "--practice", "Riverside Surgery", "--round", "Baseline March 2027", "--out",
                baseline.toString());

        assertThat(newest.exit()).as(newest.err()).isZero();
        assertThat(newest.out()).isEqualTo("Wrote " + latest + " (Riverside Surgery, 6-month review September 2027)\n");
        assertThat(text(latest)).contains("Riverside Surgery", "6-month review September 2027", "Page 1 of ");
        assertThat(named.exit()).as(named.err()).isZero();
        assertThat(text(baseline)).contains("Baseline March 2027").doesNotContain("Biggest change since");
        try (var document = Loader.loadPDF(latest.toFile())) {
            var images = document.getPage(1).getResources().getXObjectNames();
            assertThat(images).as("the summary's radars, drawn with no display").hasSize(3);
        }
    }

    @Test
    void unknown_practices_and_rounds_unanswered_rounds_and_unwritable_paths_are_refused_writing_nothing()
            throws Exception {
        run("demo");
        Path out = folder.resolve("r.pdf");

        var noPractice = run("report", "--practice", "Hillside", "--out", out.toString());
        var noRound = run("report", "--practice", "Riverside Surgery", "--round", "Next year", "--out", out.toString());
        run("rounds", "add", "--practice", "Riverside Surgery", "--label", "Spring 2028", "--date", "2028-03-01");
        var unanswered = run("report", "--practice", "Riverside Surgery", "--out", out.toString());
        Path nowhere = folder.resolve("missing").resolve("r.pdf");
        var noFolder = run("report", "--practice", "Riverside Surgery", "--round", "Baseline March 2027", "--out",
                nowhere.toString());
        var isFolder = run("report", "--practice", "Riverside Surgery", "--round", "Baseline March 2027", "--out",
                folder.toString());

        assertThat(noPractice.exit()).isEqualTo(1);
        assertThat(noPractice.err()).startsWith("practice-workbook: there is no practice called \"Hillside\"");
        assertThat(noRound.err()).startsWith("practice-workbook: Riverside Surgery has no round called \"Next year\"");
        assertThat(unanswered.exit()).isEqualTo(1);
        assertThat(unanswered.err()).isEqualTo("practice-workbook: nobody has answered in Spring 2028 yet, so there is "
                + "nothing to report\n");
        assertThat(noFolder.exit()).isEqualTo(1);
        assertThat(noFolder.err()).isEqualTo("practice-workbook: cannot write " + nowhere + ": the folder "
                + nowhere.getParent() + " does not exist\n");
        assertThat(isFolder.err()).isEqualTo("practice-workbook: " + folder + " is a folder; name the PDF file to "
                + "write\n");
        assertThat(out).doesNotExist();
        assertThat(folder.resolve("missing")).doesNotExist();
        try (var listing = Files.list(folder)) {
            assertThat(listing.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".pdf")
                    || n.contains(".tmp"));
        }
    }

    @Test
    void a_workbook_that_does_not_exist_is_not_created_by_asking_for_a_report() {
        var result = run("report", "--practice", "Riverside Surgery", "--out", folder.resolve("r.pdf").toString());

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).startsWith("practice-workbook: there is no workbook at ");
        assertThat(folder.resolve("w.mv.db")).doesNotExist();
    }
}
