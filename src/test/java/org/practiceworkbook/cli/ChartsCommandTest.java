package org.practiceworkbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practiceworkbook.ui.results.ChartFiles;

/** A trainer's slides from the command line: a round's charts as PNG files, drawn with no display. */
class ChartsCommandTest {

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
                w -> 0, ChartFiles::render);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void the_demos_newest_round_gives_four_charts_per_questionnaire_as_real_pictures() throws Exception {
        assertThat(run("demo").exit()).isZero();
        Path slides = folder.resolve("slides");

        var result = run("charts", "--practice", "riverside surgery", "--pack", "capacity", "--out", slides.toString());

        assertThat(result.exit()).as(result.err()).isZero();
        String stem = "riverside-surgery-6-month-review-september-2027-capacity-";
        assertThat(result.out().lines()).containsExactly(
                "Wrote " + slides.resolve(stem + "radar.png"), "Wrote " + slides.resolve(stem + "items.png"),
                "Wrote " + slides.resolve(stem + "spread.png"), "Wrote " + slides.resolve(stem + "trend.png"));
        var radar = ImageIO.read(slides.resolve(stem + "radar.png").toFile());
        assertThat(radar.getWidth()).isEqualTo(1200);
        assertThat(radar.getHeight()).isGreaterThan(400);
    }

    @Test
    void a_named_round_is_drawn_and_bad_requests_say_what_is_wrong_and_write_nothing() throws Exception {
        run("demo");
        Path slides = folder.resolve("slides");

        var baseline = run("charts", "--practice", "Riverside Surgery", "--round", "Baseline March 2027", "--out",
                slides.toString());
        assertThat(baseline.exit()).isZero();
        assertThat(baseline.out().lines()).hasSize(12);

        Path file = Files.writeString(folder.resolve("not-a-folder"), "x");
        var notFolder = run("charts", "--practice", "Riverside Surgery", "--out", file.toString());
        assertThat(notFolder.exit()).isEqualTo(1);
        assertThat(notFolder.err()).isEqualTo("practice-workbook: " + file + " is a file, not a folder\n");

        Path nowhere = folder.resolve("nowhere");
        var noPractice = run("charts", "--practice", "Hillside", "--out", nowhere.toString());
        assertThat(noPractice.err()).startsWith("practice-workbook: there is no practice called \"Hillside\"");
        var noPack = run("charts", "--practice", "Riverside Surgery", "--pack", "finance", "--out", nowhere.toString());
        assertThat(noPack.err()).startsWith("practice-workbook: the workbook holds no questionnaire \"finance\"");
        assertThat(nowhere).doesNotExist();
    }

    @Test
    void a_questionnaire_nobody_answered_is_skipped_and_the_round_asked_for_is_the_one_drawn() throws Exception {
        assertThat(run("practices", "add", "Hillside").exit()).isZero();
        run("rounds", "add", "--practice", "Hillside", "--label", "Morning", "--date", "2027-03-14");
        run("rounds", "add", "--practice", "Hillside", "--label", "Afternoon", "--date", "2027-03-14");
        try (var workbook = org.practiceworkbook.store.Workbook.open(folder.resolve("w"),
                new org.practiceworkbook.pack.PackReader())) {
            var practice = workbook.practices().list().getFirst();
            var morning = workbook.rounds().findByLabel(practice.id(), "Morning").orElseThrow();
            var capacity = workbook.questionnaireFor(morning.id(), "capacity");
            workbook.questionnaireFor(morning.id(), "skills");
            var person = workbook.respondents().add(morning.id(), null, org.practiceworkbook.assessment.Role.NURSE);
            var item = workbook.packs().load(capacity).items().findFirst().orElseThrow();
            workbook.answers().save(person.id(), "capacity", new org.practiceworkbook.assessment.Answer(item.id(),
                    org.practiceworkbook.assessment.AnswerValue.level(3), null, java.time.Instant.now()));
        }
        Path slides = folder.resolve("slides");

        var morning = run("charts", "--practice", "Hillside", "--round", "Morning", "--out", slides.toString());

        assertThat(morning.exit()).as(morning.err()).isZero();
        assertThat(morning.out().lines()).contains("Skipped skills: nobody answered it in Morning",
                "Wrote " + slides.resolve("hillside-morning-capacity-radar.png"));
        var afternoon = run("charts", "--practice", "Hillside", "--round", "Afternoon", "--pack", "capacity", "--out",
                slides.toString());
        assertThat(afternoon.exit()).isEqualTo(1);
        assertThat(afternoon.err()).isEqualTo("practice-workbook: nobody has answered \"capacity\" in Afternoon yet, "
                + "so there are no charts to draw\n");
    }
}
