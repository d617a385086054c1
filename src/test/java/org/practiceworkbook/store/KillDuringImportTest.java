package org.practiceworkbook.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practiceworkbook.assessment.Practice;
import org.practiceworkbook.assessment.Respondent;
import org.practiceworkbook.assessment.Round;
import org.practiceworkbook.demo.DemoWorkbook;
import org.practiceworkbook.exchange.ResponseExport;
import org.practiceworkbook.exchange.ResponseFiles;
import org.practiceworkbook.exchange.ResponseImport;
import org.practiceworkbook.exchange.WorkbookExport;
import org.practiceworkbook.exchange.WorkbookFiles;
import org.practiceworkbook.pack.PackReader;

/**
 * An import killed part-way (as by the task manager or a crash: {@code destroyForcibly}, no clean close) leaves the
 * workbook as it was before that file, or with all of it: never part of a file. Several kills at different moments.
 */
class KillDuringImportTest {

    private static final Clock FIXED = Clock.fixed(Instant.parse("2027-06-01T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    @Test
    void a_workbook_file_import_killed_part_way_leaves_all_of_it_or_nothing() throws Exception {
        Path demo = folder.resolve("demo");
        Path pwb = folder.resolve("riverside.pwb");
        try (Workbook workbook = Workbook.open(demo, new PackReader())) {
            DemoWorkbook.fill(workbook);
            new WorkbookExport(workbook, FIXED, new WorkbookFiles(new PackReader())).exportTo(pwb, false);
        }
        Path pristine = folder.resolve("pristine");
        AnswerSaver.prepare(pristine);   // a workbook with a practice of its own already in it
        String before = exported(pristine);

        // Once to the end: what "all of it" looks like, and how long the import itself takes in a process of its own.
        Path target = folder.resolve("target");
        copy(pristine, target);
        long took;
        try (var importer = ChildProcess.start(folder, ImportRunner.class, target.toString(), "workbook", pwb.toString())) {
            String done = importer.readUntil(line -> line.startsWith("imported 0"));
            assertThat(done).as("the import ran").isNotNull();
            took = Long.parseLong(done.replaceAll(".* in (\\d+) ms", "$1"));
            assertThat(importer.waitFor()).isZero();
        }
        String after = exported(target);
        assertThat(after).isNotEqualTo(before);

        int killedPartWay = 0;
        for (int round = 0; round < 3; round++) {
            copy(pristine, target);
            try (var importer = ChildProcess.start(folder, ImportRunner.class, target.toString(), "workbook",
                    pwb.toString())) {
                assertThat(importer.readUntil(line -> line.equals("importing 0"))).isNotNull();
                Thread.sleep(took * round / 3);   // at the start, a third and two thirds of the way in
                importer.kill();
                if (importer.readToEnd().stream().noneMatch(line -> line.startsWith("imported"))) {
                    killedPartWay++;
                }
            }
            String now = exported(target);
            String left = now.equals(before) ? "nothing" : now.equals(after) ? "all of it" : "part of it";
            assertThat(left).as("what the import killed in round " + round + " left").isIn("nothing", "all of it");
        }
        assertThat(killedPartWay).as("kills that landed before the import had finished").isPositive();
    }

    @Test
    void response_file_imports_killed_part_way_leave_each_file_all_or_nothing() throws Exception {
        List<Path> files = responseFiles();
        // What the workbook holds after the first k files, for every k: a kill may leave only one of these.
        Path reference = folder.resolve("reference");
        var states = new ArrayList<String>();
        try (Workbook workbook = Workbook.open(reference, new PackReader())) {
            states.add(contents(workbook));
            for (Path file : files) {
                new ResponseImport(workbook).importFile(new ResponseFiles().read(file.toString(),
                        Files.readAllBytes(file)), ResponseImport.CREATE_MISSING);
                states.add(contents(workbook));
            }
        }

        Path target = folder.resolve("target");
        int next = 0;
        int killedPartWay = 0;
        long[] pauses = {0, 1, 3, 0, 2};
        for (int round = 0; round < pauses.length && next < files.size(); round++) {
            String aimedAt = "importing " + Math.min(2, files.size() - next - 1);
            try (var importer = ChildProcess.start(folder, ImportRunner.class, arguments(target, files, next))) {
                assertThat(importer.readUntil(line -> line.equals(aimedAt))).isNotNull();
                Thread.sleep(pauses[round]);
                importer.kill();
                if (importer.readToEnd().stream().noneMatch(line -> line.equals("imported " + aimedAt.substring(10)))) {
                    killedPartWay++;
                }
            }
            String now;
            try (Workbook workbook = Workbook.open(target, new PackReader())) {
                now = contents(workbook);
            }
            int reached = states.indexOf(now);
            assertThat(reached).as("after the kill in round " + round + ", the workbook holds whole files only")
                    .isGreaterThanOrEqualTo(next);
            next = reached;
        }
        assertThat(killedPartWay).as("kills that landed while a file was being imported").isPositive();

        try (var importer = ChildProcess.start(folder, ImportRunner.class, arguments(target, files, next))) {
            assertThat(importer.readUntil(line -> line.equals("closed"))).as("the rest imported").isNotNull();
        }
        try (Workbook workbook = Workbook.open(target, new PackReader())) {
            assertThat(contents(workbook)).isEqualTo(states.getLast());
        }
    }

    /** Every demo respondent's answers to each questionnaire, a response file each. */
    private List<Path> responseFiles() throws Exception {
        var files = new ArrayList<Path>();
        try (Workbook workbook = Workbook.open(folder.resolve("demo"), new PackReader())) {
            DemoWorkbook.fill(workbook);
            var export = new ResponseExport(workbook, FIXED);
            for (Practice practice : workbook.practices().list()) {
                for (Round round : workbook.rounds().list(practice.id())) {
                    for (Respondent person : workbook.respondents().list(round.id())) {
                        for (String pack : export.packsAnswered(person)) {
                            Path file = folder.resolve("response-" + files.size() + ".pwr");
                            Files.write(file, new ResponseFiles().write(export.export(person, pack)));
                            files.add(file);
                        }
                    }
                }
            }
        }
        return files.subList(0, Math.min(files.size(), 14));
    }

    private static String[] arguments(Path target, List<Path> files, int from) {
        var args = new ArrayList<>(List.of(target.toString(), "responses"));
        files.subList(from, files.size()).forEach(f -> args.add(f.toString()));
        return args.toArray(String[]::new);
    }

    /** Everything a response import can change, without the ids a workbook makes up for itself. */
    private static String contents(Workbook workbook) {
        var out = new TreeMap<String, Object>();
        for (Practice practice : workbook.practices().list()) {
            out.put("practice " + practice.name(), practice.odsCode() + " " + practice.model());
            for (Round round : workbook.rounds().list(practice.id())) {
                String at = practice.name() + " / " + round.label() + " " + round.date();
                out.put("round " + at, workbook.rounds().questionnaires(round.id()));
                for (Respondent person : workbook.respondents().list(round.id())) {
                    out.put("person " + at + " / " + person.publicId(), person.name() + " " + person.role());
                    for (String pack : workbook.answers().packsAnswered(person.id())) {
                        out.put("answers " + person.publicId() + " " + pack,
                                new TreeMap<>(workbook.answers().forRespondent(person.id(), pack)));
                    }
                }
            }
        }
        return out.toString();
    }

    private static String exported(Path file) {
        try (Workbook workbook = Workbook.open(file, new PackReader())) {
            var files = new WorkbookFiles(new PackReader());
            return new String(files.write(new WorkbookExport(workbook, FIXED, files).export()), StandardCharsets.UTF_8);
        }
    }

    private static void copy(Path from, Path to) throws Exception {
        Files.copy(WorkbookLocation.file(from), WorkbookLocation.file(to), StandardCopyOption.REPLACE_EXISTING);
    }
}
