package no.retthylle.ingest.guard;

import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed pseudonyms: HMAC-SHA256(key, id) as lower-case hex, first 32 characters (128 bits).
 * The same key and id always give the same pseudonym, so references between files still
 * match; without the key the id cannot be recovered or confirmed by guessing. The key is
 * at least 32 bytes and is never part of any message or {@code toString}.
 */
public final class Pseudonymiser {

    /** The shortest key accepted, in bytes (the HMAC-SHA256 output size). */
    public static final int MIN_KEY_BYTES = 32;
    private static final String ALGORITHM = "HmacSHA256";
    private static final int PSEUDONYM_CHARS = 32;

    private final SecretKeySpec key;

    /**
     * @param key the key bytes, e.g. the whole content of a key file
     * @throws IllegalArgumentException if the key is shorter than {@link #MIN_KEY_BYTES}
     */
    public Pseudonymiser(byte[] key) {
        if (key.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("the pseudonymisation key must be at least "
                    + MIN_KEY_BYTES + " bytes long");
        }
        this.key = new SecretKeySpec(key, ALGORITHM);
    }

    /** The pseudonym of {@code id} (its UTF-8 bytes). */
    public String pseudonym(String id) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            byte[] digest = mac.doFinal(id.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, PSEUDONYM_CHARS);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
