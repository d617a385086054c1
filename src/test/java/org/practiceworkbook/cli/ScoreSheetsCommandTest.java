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

/** Blank score sheets from the command line, with no display: a trainer preparing an away-day pack. */
class ScoreSheetsCommandTest {

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
                w -> 0);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void sheets_are_written_for_a_pack_and_for_a_practices_grid() throws Exception {
        assertThat(run("demo").exit()).isZero();
        Path all = folder.resolve("skills.pdf");
        Path riverside = folder.resolve("riverside-skills.pdf");

        var every = run("score-sheets", "--pack", "skills", "--out", all.toString());
        var forPractice = run("score-sheets", "--pack", "skills", "--practice", "riverside surgery", "--out",
                riverside.toString());

        assertThat(every.exit()).as(every.err()).isZero();
        assertThat(every.out()).isEqualTo("Wrote score sheets for Management and improvement skills (20 items) to "
                + all + "\n");
        assertThat(forPractice.exit()).as(forPractice.err()).isZero();
        assertThat(forPractice.out()).startsWith("Wrote score sheets for Management and improvement skills (")
                .contains("as Riverside Surgery's grid numbers them");
        try (var pdf = Loader.loadPDF(all.toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Page 1 of " + pdf.getNumberOfPages()).contains("Management and improvement skills");
        }
    }

    @Test
    void bad_requests_say_what_is_wrong_and_write_nothing() throws Exception {
        run("demo");
        Path file = folder.resolve("sheets.pdf");

        var badPack = run("score-sheets", "--pack", "finance", "--out", file.toString());
        assertThat(badPack.exit()).isEqualTo(1);
        assertThat(badPack.err()).isEqualTo("practice-workbook: the workbook holds no questionnaire \"finance\"; it "
                + "holds capacity, governance, skills (see: packs list)\n");
        var badPractice = run("score-sheets", "--pack", "capacity", "--practice", "Hillside", "--out", file.toString());
        assertThat(badPractice.exit()).isEqualTo(1);
        assertThat(badPractice.err()).startsWith("practice-workbook: there is no practice called \"Hillside\"");
        var noPack = run("score-sheets", "--out", file.toString());
        assertThat(noPack.exit()).isEqualTo(2);
        assertThat(noPack.err()).contains("--pack");
        assertThat(file).doesNotExist();

        Files.writeString(file, "kept");
        var exists = run("score-sheets", "--pack", "capacity", "--out", file.toString());
        assertThat(exists.exit()).isEqualTo(1);
        assertThat(exists.err()).isEqualTo("practice-workbook: " + file + " already exists; use --force to replace it\n");
        assertThat(file).hasContent("kept");
        assertThat(run("score-sheets", "--pack", "capacity", "--force", "--out", file.toString()).exit()).isZero();
        assertThat(Files.readAllBytes(file)).startsWith("%PDF".getBytes());
    }
}
