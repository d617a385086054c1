package org.practiceworkbook.json;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads one of our JSON files from disk, refusing one larger than its format's limit before reading it: a file of
 * gigabytes (or one that never ends, such as a device) is turned away in words, never read into memory.
 */
public final class JsonFiles {

    private JsonFiles() {
    }

    /**
     * @param source the name problems are reported under (the file's name, or its path)
     * @throws InvalidJsonException when the file is over {@link JsonFormat#maxBytes()}
     * @throws IOException         when it is missing or cannot be read: the caller words that as its kind of file needs
     */
    public static byte[] read(Path file, String source, JsonFormat format) throws InvalidJsonException, IOException {
        long size = Files.size(file);
        if (size > format.maxBytes()) {
            throw tooLarge(name(file), source, format, size);
        }
        try (InputStream in = Files.newInputStream(file)) {
            // The size said on disk can change, and a device can say 0 yet never end: read one byte past the limit.
            byte[] content = in.readNBytes(Math.toIntExact(format.maxBytes() + 1));
            if (content.length > format.maxBytes()) {
                throw tooLarge(name(file), source, format, -1);
            }
            return content;
        }
    }

    /** The words for content over its format's limit ({@code size} -1 when not known exactly). */
    static InvalidJsonException tooLarge(String name, String source, JsonFormat format, long size) {
        return problem(source, name + " is " + (size < 0 ? "larger than " + megabytes(format.maxBytes())
                : megabytes(size)) + "; Practice Workbook reads " + format.title() + "s up to " + megabytes(format.maxBytes()));
    }

    /**
     * Sizes as a file manager shows them: decimal megabytes, one decimal place below 10 MB; rounded up, so a file just
     * over a limit never reads as the limit itself.
     */
    static String megabytes(long bytes) {
        double mb = bytes / 1_000_000.0;
        return mb >= 10 ? String.format(java.util.Locale.UK, "%,.0f MB", Math.ceil(mb))
                : String.format(java.util.Locale.UK, "%.1f MB", Math.ceil(mb * 10) / 10).replace(".0 MB", " MB");
    }

    private static String name(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    private static InvalidJsonException problem(String source, String message) {
        return new InvalidJsonException(List.of(new JsonProblem(source, 1, 1, "", message)));
    }
}
