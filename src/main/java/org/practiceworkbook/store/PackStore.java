package org.practiceworkbook.store;

import java.util.List;
import java.util.Optional;

import org.practiceworkbook.assessment.InvalidInputException;
import org.practiceworkbook.pack.BundledPacks;
import org.practiceworkbook.pack.LoadedPack;
import org.practiceworkbook.pack.PackReader;
import org.practiceworkbook.questionnaire.PackRef;
import org.practiceworkbook.questionnaire.PackVersion;
import org.practiceworkbook.questionnaire.Questionnaire;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The questionnaire packs a workbook holds. One id and version is one content, for ever: storing it again with
 * different content is refused, so answers given against it always mean what they meant.
 */
public final class PackStore {

    private static final Logger LOG = LoggerFactory.getLogger(PackStore.class);

    /** A stored pack version, as listed. */
    public record StoredPack(PackRef ref, String title, int itemCount) {
    }

    public enum Outcome { STORED, ALREADY_PRESENT }

    private final Jdbc jdbc;
    private final PackReader reader;

    PackStore(Jdbc jdbc, PackReader reader) {
        this.jdbc = jdbc;
        this.reader = reader;
    }

    /**
     * Stores a pack version.
     *
     * @throws InvalidInputException when the workbook holds the same id and version with different content
     */
    public Outcome store(LoadedPack pack) {
        PackRef ref = pack.questionnaire().ref();
        return jdbc.inTransaction(() -> {
            Optional<String> held = jdbc.one("select content_hash from stored_pack where pack_id = ? and major = ? and minor = ?",
                    row -> row.getString(1), ref.id(), ref.version().major(), ref.version().minor());
            if (held.isPresent()) {
                if (held.get().equals(pack.contentHash())) {
                    return Outcome.ALREADY_PRESENT;
                }
                throw new InvalidInputException("pack", "the workbook already holds pack \"" + ref.id() + "\" version "
                        + ref.version() + " with different content; give the changed pack a new version number");
            }
            jdbc.update("insert into stored_pack (pack_id, major, minor, title, content, content_hash) values (?, ?, ?, ?, ?, ?)",
                    ref.id(), ref.version().major(), ref.version().minor(), pack.questionnaire().title(),
                    pack.canonicalJson(), pack.contentHash());
            return Outcome.STORED;
        });
    }

    /**
     * Stores the packs that come with the program, reading each in full only when the workbook lacks its id and
     * version (opening stays fast). A clash is logged, never a reason not to open the workbook.
     */
    void storeBundled(List<BundledPacks.Bundled> bundled) {
        for (BundledPacks.Bundled pack : bundled) {
            var ref = reader.peekRef(pack.json());
            if (ref.isPresent() && isStored(ref.get())) {
                continue;
            }
            try {
                store(BundledPacks.check(reader, pack));
            } catch (InvalidInputException e) {
                LOG.warn("Bundled pack {} not stored: {}", pack.file(), e.getMessage());
            }
        }
    }

    private boolean isStored(PackRef ref) {
        return jdbc.count("select count(*) from stored_pack where pack_id = ? and major = ? and minor = ?",
                ref.id(), ref.version().major(), ref.version().minor()) > 0;
    }

    /** Every stored pack version, by id then version. */
    public List<StoredPack> list() {
        return jdbc.list("select pack_id, major, minor, title, content from stored_pack order by pack_id, major, minor",
                row -> {
                    PackRef ref = new PackRef(row.getString(1), new PackVersion(row.getInt(2), row.getInt(3)));
                    return new StoredPack(ref, row.getString(4), parse(ref, row.getString(5)).itemCount());
                });
    }

    public Questionnaire load(PackRef ref) {
        return jdbc.one("select content from stored_pack where pack_id = ? and major = ? and minor = ?",
                        row -> row.getString(1), ref.id(), ref.version().major(), ref.version().minor())
                .map(content -> parse(ref, content))
                .orElseThrow(() -> new InvalidInputException("pack", "the workbook holds no pack \"" + ref.id()
                        + "\" version " + ref.version()));
    }

    /**
     * A stored pack version whole: its canonical JSON as stored, that content's SHA-256, and the questionnaire. For
     * copying the pack into a workbook file, or telling whether a pack from outside is the same as the one held.
     */
    public Optional<LoadedPack> stored(PackRef ref) {
        return jdbc.one("select content, content_hash from stored_pack where pack_id = ? and major = ? and minor = ?",
                        row -> new String[] {row.getString(1), row.getString(2)},
                        ref.id(), ref.version().major(), ref.version().minor())
                .map(row -> new LoadedPack(parse(ref, row[0]), row[0], row[1]));
    }

    /** The newest stored version of a pack. */
    public Optional<PackRef> latest(String packId) {
        return jdbc.one("select major, minor from stored_pack where pack_id = ? order by major desc, minor desc limit 1",
                row -> new PackRef(packId, new PackVersion(row.getInt(1), row.getInt(2))), packId);
    }

    /** A stored copy was checked when it was stored, so it is mapped without checking again. */
    private Questionnaire parse(PackRef ref, String content) {
        try {
            return reader.readChecked(content);
        } catch (IllegalArgumentException e) {
            throw new StoreException("the workbook's copy of pack " + ref + " is damaged (" + e.getMessage() + ")", e);
        }
    }
}
