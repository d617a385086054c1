package org.practiceworkbook.store.crypto;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The key an encrypted workbook's H2 file is opened with, as hex. H2 takes a file password only up to its first
 * space, so the person's whole password is never passed to it: this key, made from all of it, is.
 */
public final class FileKey {

    private static final int BITS = 256;

    private final String hex;

    private FileKey(String hex) {
        this.hex = hex;
    }

    static FileKey derive(String password, KeyHeader header) {
        var spec = new PBEKeySpec(password.toCharArray(), header.salt(), header.iterations(), BITS);
        try {
            byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            return new FileKey(HexFormat.of().formatHex(key));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java runtime has no PBKDF2WithHmacSHA256", e);
        } finally {
            spec.clearPassword();
        }
    }

    /** The key as 64 hex digits: what H2 is given as the file password. */
    public String hex() {
        return hex;
    }

    /** Compares in constant time, so how long a wrong guess takes says nothing about the key. */
    public boolean sameAs(FileKey other) {
        return MessageDigest.isEqual(hex.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                other.hex.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    @Override
    public String toString() {
        return "FileKey[hidden]";
    }
}
