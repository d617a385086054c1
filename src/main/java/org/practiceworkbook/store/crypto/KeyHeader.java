package org.practiceworkbook.store.crypto;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Optional;

/**
 * How an encrypted workbook's key is made from its password, kept in the file itself so a workbook copied to a USB
 * stick needs nothing beside it. H2 starts an encrypted file with a 4096-byte block holding {@code "H2encrypt\n"} and
 * its own salt, and never writes the rest of that block; this class writes the block itself before H2 first opens a
 * new file, with the salt and iteration count of the key's derivation further along. Neither says anything about
 * the password or the workbook's contents.
 */
public record KeyHeader(byte[] salt, int iterations) {

    /** Measured at 0.45–1.8 s on a busy two-core laptop; OWASP's 2023 figure for PBKDF2-HMAC-SHA256. */
    public static final int ITERATIONS = 600_000;

    static final int BLOCK = 4096;
    private static final byte[] H2_MARK = "H2encrypt\n".getBytes(StandardCharsets.ISO_8859_1);
    private static final int H2_SALT_LENGTH = 8;
    private static final int OWN_AT = 64;
    private static final byte[] OWN_MARK = "PracticeWorkbook-PBKDF2-SHA256\n".getBytes(StandardCharsets.US_ASCII);
    private static final int SALT_LENGTH = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    public KeyHeader {
        salt = salt.clone();
    }

    @Override
    public byte[] salt() {
        return salt.clone();
    }

    /** A new random salt, for a workbook being encrypted now. */
    public static KeyHeader fresh() {
        var salt = new byte[SALT_LENGTH];
        RANDOM.nextBytes(salt);
        return new KeyHeader(salt, ITERATIONS);
    }

    /** Whether the file at {@code file} is encrypted: it starts as H2's encrypted files do. */
    public static boolean isEncrypted(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(H2_MARK.length), H2_MARK);
        } catch (IOException e) {
            return false;
        }
    }

    /** The salt and iteration count in an encrypted workbook's first block; empty when it holds none of ours. */
    public static Optional<KeyHeader> read(Path file) throws IOException {
        byte[] block;
        try (InputStream in = Files.newInputStream(file)) {
            block = in.readNBytes(BLOCK);
        }
        int at = OWN_AT;
        if (block.length < OWN_AT + OWN_MARK.length + 4 + SALT_LENGTH
                || !Arrays.equals(block, at, at + OWN_MARK.length, OWN_MARK, 0, OWN_MARK.length)) {
            return Optional.empty();
        }
        at += OWN_MARK.length;
        int iterations = ByteBuffer.wrap(block, at, 4).getInt();
        if (iterations < 1 || iterations > 10 * ITERATIONS) {
            // Not one this program wrote: zero would fail inside the JDK, and a huge count would take hours.
            return Optional.empty();
        }
        at += 4;
        return Optional.of(new KeyHeader(Arrays.copyOfRange(block, at, at + SALT_LENGTH), iterations));
    }

    /**
     * Writes the first block of a new encrypted workbook at {@code file}, which must not exist: H2 then finds an
     * encrypted file with nothing in it yet, and fills it in.
     */
    public void writeNewFile(Path file) throws IOException {
        var block = ByteBuffer.allocate(BLOCK);
        block.put(H2_MARK);
        var h2Salt = new byte[H2_SALT_LENGTH];
        RANDOM.nextBytes(h2Salt);
        block.put(h2Salt);
        block.position(OWN_AT).put(OWN_MARK).putInt(iterations).put(salt);
        Files.write(file, block.array(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    }

    /** The file key for {@code password}: the whole password counts, spaces and all. */
    public FileKey derive(String password) {
        return FileKey.derive(password, this);
    }
}
