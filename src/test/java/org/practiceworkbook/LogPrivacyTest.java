package org.practiceworkbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practiceworkbook.assessment.Answer;
import org.practiceworkbook.assessment.AnswerValue;
import org.practiceworkbook.assessment.Respondent;
import org.practiceworkbook.assessment.Role;
import org.practiceworkbook.demo.DemoPrivateTexts;
import org.practiceworkbook.demo.DemoWorkbook;
import org.practiceworkbook.exchange.ResponseExport;
import org.practiceworkbook.exchange.ResponseFiles;
import org.practiceworkbook.exchange.ResponseImport;
import org.practiceworkbook.exchange.WorkbookExport;
import org.practiceworkbook.exchange.WorkbookFiles;
import org.practiceworkbook.exchange.WorkbookImport;
import org.practiceworkbook.pack.PackReader;
import org.practiceworkbook.store.Workbook;
import org.practiceworkbook.ui.common.BackgroundTasks;

/**
 * Logs hold no names, notes or answers: a log file goes to support, and a practice's self-assessment says who thinks
 * the practice is weak where. Every record at every level is captured while the program does realistic work,
 * including work that fails with a message naming a person.
 */
class LogPrivacyTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2027-10-01T12:00:00Z"), ZoneOffset.UTC);
    private static final String NAME = "Siobhán Ó Ceallaigh-Whitfield";
    private static final String NOTE = "Zoë says the rota gaps wreck Wednesdays — ask Dr Mbeki";

    @TempDir
    Path folder;

    private final List<String> logged = new ArrayList<>();
    private final Logger root = Logger.getLogger("");
    private Level rootLevel;
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            var text = new StringWriter();
            text.append(record.getLoggerName()).append(' ').append(String.valueOf(record.getMessage()));
            if (record.getParameters() != null) {
                for (Object p : record.getParameters()) {
                    text.append(' ').append(String.valueOf(p));
                }
            }
            if (record.getThrown() != null) {
                record.getThrown().printStackTrace(new PrintWriter(text));
            }
            synchronized (logged) {
                logged.add(text.toString());
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        rootLevel = root.getLevel();
        root.setLevel(Level.ALL);
        capture.setLevel(Level.ALL);
        root.addHandler(capture);
    }

    @AfterEach
    void stop() {
        root.removeHandler(capture);
        root.setLevel(rootLevel);
    }

    @Test
    void realistic_work_and_failures_log_no_name_note_or_answer() throws Exception {
        var reader = new PackReader();
        var files = new WorkbookFiles(reader);
        var tasks = new BackgroundTasks(Runnable::run, Runnable::run);   // the views' way of running work
        var failures = new ArrayList<Exception>();
        DemoPrivateTexts.Texts secret;
        byte[] workbookFile;
        byte[] responseFile;
        try (Workbook demo = Workbook.open(folder.resolve("demo"), reader)) {
            DemoWorkbook.fill(demo);
            long round = demo.rounds().list(demo.practices().list().getFirst().id()).getFirst().id();
            Respondent person = demo.respondents().add(round, NAME, Role.NURSE);
            tasks.run(() -> {
                demo.answers().save(person.id(), "capacity", new Answer("capacity.management-time.time-use",
                        AnswerValue.level(2), NOTE, CLOCK.instant()));
                return null;
            }, ok -> { }, failures::add);
            // An answer saved for someone deleted meanwhile: the store refuses it, with the database's cause.
            Respondent gone = demo.respondents().add(round, "Temporary Person", Role.ADMIN);
            demo.respondents().delete(gone.id());
            AtomicReference<Exception> storeFailure = new AtomicReference<>();
            tasks.run(() -> {
                demo.answers().save(gone.id(), "capacity", new Answer("capacity.management-time.time-use",
                        AnswerValue.level(3), NOTE + " (again)", CLOCK.instant()));
                return null;
            }, ok -> { }, storeFailure::set);
            assertThat(storeFailure.get()).as("a failure with a cause, logged too").hasCauseInstanceOf(Exception.class);
            secret = DemoPrivateTexts.of(demo);
            workbookFile = files.write(new WorkbookExport(demo, CLOCK, files).export());
            responseFile = new ResponseFiles().write(new ResponseExport(demo, CLOCK).export(person, "capacity"));
        }
        try (Workbook trainer = Workbook.open(folder.resolve("trainer"), reader)) {
            var importer = new WorkbookImport(trainer, files);
            var file = importer.read("demo.pwb", workbookFile);
            tasks.run(() -> importer.importFile(file, false), ok -> { }, failures::add);
            var responses = new ResponseImport(trainer);
            var response = new ResponseFiles().read("siobhan.pwr", responseFile);
            tasks.run(() -> responses.importFile(response, ResponseImport.MATCHED), ok -> { }, failures::add);

            // The same file into a second workbook that has one of its people elsewhere: refused, naming them.
            AtomicReference<Exception> refused = new AtomicReference<>();
            String named;
            try (Workbook other = Workbook.open(folder.resolve("other"), reader)) {
                var practice = other.practices().add("Elsewhere Surgery", null,
                        org.practiceworkbook.assessment.OrganisationalModel.PARTNERSHIP, null, null);
                long round = other.rounds().add(practice.id(), "Baseline", java.time.LocalDate.of(2027, 1, 1),
                        org.practiceworkbook.assessment.RoundFacts.NONE).id();
                var anyone = file.practices().getFirst().rounds().getFirst().respondents().stream()
                        .filter(r -> r.name() != null).findFirst().orElseThrow();
                other.respondents().add(round, anyone.id(), anyone.name(), anyone.role());
                named = anyone.name();
                var otherImporter = new WorkbookImport(other, files);
                tasks.run(() -> otherImporter.importFile(otherImporter.read("demo.pwb", workbookFile), false),
                        ok -> { }, refused::set);
                // A file that is not a workbook file at all, holding a note.
                tasks.run(() -> otherImporter.read("broken.pwb", ("{\"formatVersion\": 1, \"note\": \"" + NOTE
                        + "\"").getBytes(StandardCharsets.UTF_8)), ok -> { }, e -> { });
            }
            assertThat(refused.get()).as("the failing import names the person, in the window only")
                    .hasMessageContaining(named);
        }
        assertThat(failures).isEmpty();
        assertThat(secret.names()).contains(NAME, "Joanne Fletcher");
        assertThat(secret.notes()).contains(NOTE);

        String all;
        synchronized (logged) {
            assertThat(logged).as("the work did log something, or the test proves nothing").isNotEmpty();
            all = String.join("\n", logged);
        }
        for (String s : secret.all()) {
            assertThat(all).as("a log record holds \"%s\"", s).doesNotContain(s);
        }
    }
}
