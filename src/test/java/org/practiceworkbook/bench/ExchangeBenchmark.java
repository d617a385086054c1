package org.practiceworkbook.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.practiceworkbook.exchange.ResponseExport;
import org.practiceworkbook.exchange.ResponseFile;
import org.practiceworkbook.exchange.ResponseFiles;
import org.practiceworkbook.exchange.ResponseImport;
import org.practiceworkbook.exchange.WorkbookExport;
import org.practiceworkbook.exchange.WorkbookFiles;
import org.practiceworkbook.exchange.WorkbookImport;
import org.practiceworkbook.pack.PackReader;
import org.practiceworkbook.store.Workbook;

/**
 * Files between laptops at the store benchmark's size (docs/benchmarks.md): the whole 144,000-answer workbook exported
 * and imported, and a room's worth of response files gathered. Prints figures; never part of the suite.
 */
@Tag("benchmark")
class ExchangeBenchmark {

    private static final Path FOLDER = Path.of("target", "benchmark");

    @Test
    void exchange_figures() throws Exception {
        Files.createDirectories(FOLDER);
        var reader = new PackReader();
        Path source = fresh("exchange-source.mv.db");
        Path pwb = FOLDER.resolve("benchmark.pwb");
        Files.deleteIfExists(pwb);
        try (Workbook workbook = Workbook.open(source, reader)) {
            var pack = reader.read("bench.json", StoreBenchmark.benchPack().getBytes(StandardCharsets.UTF_8));
            workbook.packs().store(pack);
            new StoreBenchmark().fill(workbook, pack.questionnaire());
        }

        double exportMs;
        var files = new WorkbookFiles(reader);
        try (Workbook workbook = Workbook.open(source, reader)) {
            long start = System.nanoTime();
            new WorkbookExport(workbook, Clock.systemUTC(), files).exportTo(pwb, true);
            exportMs = (System.nanoTime() - start) / 1e6;
        }

        double readMs;
        double importMs;
        try (Workbook empty = Workbook.open(fresh("exchange-target.mv.db"), reader)) {
            var importer = new WorkbookImport(empty, files);
            long start = System.nanoTime();
            var file = importer.read(pwb);
            readMs = (System.nanoTime() - start) / 1e6;
            start = System.nanoTime();
            importer.importFile(file, false);
            importMs = (System.nanoTime() - start) / 1e6;
        }

        // A room of twelve people, each sending one file for one round; the facilitator imports them all.
        var responseFiles = new ResponseFiles();
        var written = new ArrayList<byte[]>();
        try (Workbook workbook = Workbook.open(source, reader)) {
            var practice = workbook.practices().list().getFirst();
            var round = workbook.rounds().list(practice.id()).getFirst();
            for (var person : workbook.respondents().list(round.id())) {
                ResponseFile file = new ResponseExport(workbook, Clock.systemUTC()).export(person, "bench");
                written.add(responseFiles.write(file));
            }
        }
        double[] perFile = new double[written.size()];
        try (Workbook facilitator = Workbook.open(fresh("exchange-facilitator.mv.db"), reader)) {
            facilitator.packs().store(reader.read("bench.json", StoreBenchmark.benchPack().getBytes(StandardCharsets.UTF_8)));
            var importer = new ResponseImport(facilitator);
            for (int i = 0; i < written.size(); i++) {
                long start = System.nanoTime();
                importer.importFile(responseFiles.read("person-" + i + ".pwr", written.get(i)), ResponseImport.CREATE_MISSING);
                perFile[i] = (System.nanoTime() - start) / 1e6;
            }
        }
        Arrays.sort(perFile);

        System.out.printf("%nPractice Workbook exchange benchmark (%d cores, Java %s)%n",
                Runtime.getRuntime().availableProcessors(), Runtime.version());
        System.out.printf("  export the 144,000-answer workbook to %s (%.1f MB): %.0f ms%n", pwb,
                Files.size(pwb) / 1e6, exportMs);
        System.out.printf("  import it into an empty workbook: read and check %.0f ms, import (one commit) %.0f ms%n",
                readMs, importMs);
        System.out.printf("  import %d response files of 60 answers each (read, check, one commit per file): "
                + "median %.1f ms, slowest %.0f ms (the first, warming up), total %.0f ms%n%n", perFile.length,
                perFile[perFile.length / 2], perFile[perFile.length - 1], Arrays.stream(perFile).sum());
    }

    private static Path fresh(String name) throws Exception {
        Path file = FOLDER.resolve(name);
        Files.deleteIfExists(file);
        return file;
    }
}
