package org.practiceworkbook.pack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The questionnaires that come with the program: capacity, skills and governance. */
public final class BundledPacks {

    public static final List<String> FILES = List.of("capacity.json", "skills.json", "governance.json");

    private BundledPacks() {
    }

    /** Every bundled pack, read and checked. A bundled pack that fails its checks is a build defect. */
    public static List<LoadedPack> load(PackReader reader) {
        var packs = new ArrayList<LoadedPack>();
        for (String file : FILES) {
            try (InputStream in = BundledPacks.class.getResourceAsStream("/questionnaires/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("bundled pack " + file + " is missing from the program");
                }
                packs.add(reader.read(file, in.readAllBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InvalidPackException e) {
                throw new IllegalStateException("bundled pack " + file + " is invalid:\n" + e.getMessage(), e);
            }
        }
        return packs;
    }
}
