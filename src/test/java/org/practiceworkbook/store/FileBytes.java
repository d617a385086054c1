package org.practiceworkbook.store;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.h2.mvstore.DataUtils;

/**
 * Looks for text in a file's raw bytes the way anyone with a hex editor could: as UTF-8, as UTF-16 in both byte
 * orders, and as H2 writes strings into its pages (its own variant of UTF-8, where "é" is C3 29).
 */
public final class FileBytes {

    private FileBytes() {
    }

    /** The texts, of those given, that can be found in the file in any of the forms. */
    public static List<String> readable(Path file, String... texts) throws java.io.IOException {
        byte[] bytes = Files.readAllBytes(file);
        var found = new ArrayList<String>();
        for (String text : texts) {
            if (forms(text).stream().anyMatch(form -> indexOf(bytes, form) >= 0)) {
                found.add(text);
            }
        }
        return found;
    }

    private static List<byte[]> forms(String text) {
        var forms = new ArrayList<byte[]>();
        for (Charset charset : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE)) {
            forms.add(text.getBytes(charset));
        }
        var h2 = ByteBuffer.allocate(text.length() * 3);
        DataUtils.writeStringData(h2, text, text.length());
        forms.add(Arrays.copyOf(h2.array(), h2.position()));
        return forms;
    }

    private static int indexOf(byte[] bytes, byte[] wanted) {
        outer:
        for (int i = 0; i <= bytes.length - wanted.length; i++) {
            for (int j = 0; j < wanted.length; j++) {
                if (bytes[i + j] != wanted[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
