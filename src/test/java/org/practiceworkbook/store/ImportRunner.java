package org.practiceworkbook.store;

import java.nio.file.Files;
import java.nio.file.Path;

import org.practiceworkbook.exchange.ResponseFiles;
import org.practiceworkbook.exchange.ResponseImport;
import org.practiceworkbook.exchange.WorkbookFiles;
import org.practiceworkbook.exchange.WorkbookImport;
import org.practiceworkbook.pack.PackReader;

/**
 * A copy of the program running an import in a process of its own, for tests that kill it part-way. Prints
 * "importing N" once the file is read and its import (one transaction) starts, and "imported N" once it returned.
 */
final class ImportRunner {

    private ImportRunner() {
    }

    /** args: workbook file, "workbook" or "responses", then the files to import in order */
    public static void main(String[] args) throws Exception {
        try (Workbook workbook = Workbook.open(Path.of(args[0]), new PackReader())) {
            for (int i = 2; i < args.length; i++) {
                Path file = Path.of(args[i]);
                int n = i - 2;
                if (args[1].equals("workbook")) {
                    var importer = new WorkbookImport(workbook, new WorkbookFiles(new PackReader()));
                    var read = importer.read(file);
                    System.out.println("importing " + n);
                    long start = System.nanoTime();
                    importer.importFile(read, false);
                    System.out.println("imported " + n + " in " + (System.nanoTime() - start) / 1_000_000 + " ms");
                } else {
                    var read = new ResponseFiles().read(file.getFileName().toString(), Files.readAllBytes(file));
                    System.out.println("importing " + n);
                    new ResponseImport(workbook).importFile(read, ResponseImport.CREATE_MISSING);
                    System.out.println("imported " + n);
                }
            }
        }
        System.out.println("closed");
    }
}
