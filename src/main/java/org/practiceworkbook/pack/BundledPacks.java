package org.practiceworkbook.pack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The questionnaires that come with the program: capacity, skills and governance. */
public final class BundledPacks {

    public static final List<String> FILES = List.of("capacity.json", "skills.json", "governance.json");

    /** A bundled pack file as it ships, not yet checked. */
    public record Bundled(String file, byte[] json) {
    }

    private BundledPacks() {
    }

    public static List<Bundled> files() {
        return FILES.stream().map(file -> new Bundled(file, bytes(file))).toList();
    }

    /** Reads and checks a bundled pack; one that fails its checks is a defect in the build, not the user's problem. */
    public static LoadedPack check(PackReader reader, Bundled bundled) {
        try {
            return reader.read(bundled.file(), bundled.json());
        } catch (InvalidPackException e) {
            throw new IllegalStateException("bundled pack " + bundled.file() + " is invalid:\n" + e.getMessage(), e);
        }
    }

    /** Every bundled pack, read and checked. */
    public static List<LoadedPack> load(PackReader reader) {
        return files().stream().map(b -> check(reader, b)).toList();
    }

    private static byte[] bytes(String file) {
        try (InputStream in = BundledPacks.class.getResourceAsStream("/questionnaires/" + file)) {
            if (in == null) {
                throw new IllegalStateException("bundled pack " + file + " is missing from the program");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
