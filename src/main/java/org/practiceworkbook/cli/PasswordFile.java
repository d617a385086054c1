package org.practiceworkbook.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.practiceworkbook.assessment.InvalidInputException;

/**
 * The password given with {@code --password-file}: the file's first line, read whole (spaces count). A file rather
 * than an argument, so the password is never in the shell's history or the process list.
 */
final class PasswordFile {

    private PasswordFile() {
    }

    static Optional<String> read(Path file) {
        if (file == null) {
            return Optional.empty();
        }
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException("--password-file", "there is no file " + file.toAbsolutePath());
        }
        String first;
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            first = lines.findFirst().orElse("");
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new InvalidInputException("--password-file", "cannot read " + file.toAbsolutePath()
                    + " as UTF-8 text: " + e.getMessage());
        }
        if (first.startsWith("\uFEFF")) {
            first = first.substring(1);   // a byte-order mark some Windows editors add is not part of the password
        }
        if (first.isEmpty()) {
            throw new InvalidInputException("--password-file", file.toAbsolutePath()
                    + " is empty: its first line must be the workbook's password");
        }
        return Optional.of(first);
    }
}
