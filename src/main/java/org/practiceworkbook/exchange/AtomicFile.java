package org.practiceworkbook.exchange;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.practiceworkbook.assessment.InvalidInputException;

/**
 * Writes a file whole or not at all: into a temporary file beside it, then moved into place, so a full disk or a
 * crash part-way never leaves half a file where a person expects their export.
 */
public final class AtomicFile {

    private AtomicFile() {
    }

    /**
     * @param replace whether an existing file may be replaced
     * @throws InvalidInputException when the file exists and may not be replaced, or cannot be written
     */
    public static void write(Path target, byte[] content, boolean replace) {
        Path file = target.toAbsolutePath();
        if (!replace && Files.exists(file)) {
            throw new InvalidInputException("file", file + " already exists; choose another name or replace it");
        }
        Path temporary = null;
        try {
            Files.createDirectories(file.getParent());
            temporary = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".partial");
            Files.write(temporary, content);
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (FileAlreadyExistsException e) {
            throw new InvalidInputException("file", file + " already exists; choose another name or replace it");
        } catch (IOException e) {
            throw new InvalidInputException("file", "could not write " + file + " (" + e.getMessage() + "); nothing "
                    + "was written there");
        } finally {
            deleteQuietly(temporary);
        }
    }

    /** Reads a whole file, saying in words why it cannot be read. */
    public static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new InvalidInputException("file", "there is no file " + file);
        } catch (IOException e) {
            throw new InvalidInputException("file", "cannot read " + file + " (" + e.getMessage() + ")");
        }
    }

    private static void deleteQuietly(Path temporary) {
        if (temporary == null) {
            return;
        }
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            // A stray .partial file is harmless; the export itself has already succeeded or failed.
        }
    }
}
