package org.practiceworkbook.exchange;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

import org.practiceworkbook.assessment.InvalidInputException;

/**
 * Writes a file whole or not at all: into a temporary file beside it, forced to disk, then moved into place, so a
 * full disk, a crash or a power cut part-way never leaves half a file where a person expects their export.
 */
public final class AtomicFile {

    private AtomicFile() {
    }

    /**
     * @param replace whether an existing file may be replaced
     * @throws InvalidInputException when the file exists and may not be replaced, its folder is missing, or it cannot
     *                               be written; nothing is then left behind
     */
    public static void write(Path target, byte[] content, boolean replace) {
        Path file = target.toAbsolutePath();
        if (!replace && Files.exists(file)) {
            throw exists(file);
        }
        Path temporary = null;
        try {
            temporary = file.resolveSibling("." + file.getFileName() + "." + UUID.randomUUID() + ".part");
            writeDurably(temporary, content);
            move(temporary, file, replace);
        } catch (FileAlreadyExistsException e) {
            throw exists(file);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException("file", "cannot write " + file + ": the folder " + file.getParent()
                    + " does not exist; nothing was written");
        } catch (IOException e) {
            throw new InvalidInputException("file", "cannot write " + file + " (" + e.getMessage() + "); "
                    + "nothing was written");
        } finally {
            deleteQuietly(temporary);
        }
    }

    /** Refuses at once when the file exists and may not be replaced: before slow work to produce its content. */
    public static void refuseIfExists(Path target, boolean replace) {
        if (!replace && Files.exists(target.toAbsolutePath())) {
            throw exists(target.toAbsolutePath());
        }
    }

    /** Reads a whole file, saying in words why it cannot be read. */
    public static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException("file", "there is no file " + file);
        } catch (IOException e) {
            throw new InvalidInputException("file", "cannot read " + file + " (" + e.getMessage() + ")");
        }
    }

    private static InvalidInputException exists(Path file) {
        return new InvalidInputException("file", file + " already exists; choose another name, or replace it");
    }

    /** The bytes reach the disk (not just the cache) before the file takes its name. */
    private static void writeDurably(Path file, byte[] content) throws IOException {
        // Not Files.createTempFile: its owner-only permissions would stay with the file once moved.
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.CREATE_NEW)) {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
    }

    private static void move(Path from, Path to, boolean replace) throws IOException {
        if (!replace && Files.exists(to)) {
            throw new FileAlreadyExistsException(to.toString());
        }
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            if (replace) {
                Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.move(from, to);
            }
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A leftover temporary file is untidy, not harmful: the export has already succeeded or failed.
        }
    }
}
