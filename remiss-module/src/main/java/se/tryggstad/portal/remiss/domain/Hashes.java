package se.tryggstad.portal.remiss.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * SHA-256 of yttranden and attachments, and the senders' API keys: 256 random bits handed out once and stored
 * only as their SHA-256 (the same scheme as the report context's Open311 keys, which this module cannot see).
 */
public final class Hashes {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Hashes() {
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    public static String newKey() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    public static String keyHash(String key) {
        return sha256(key.strip().getBytes(StandardCharsets.UTF_8));
    }

    /** Only what {@link #newKey()} can produce is worth a database lookup. */
    public static boolean looksLikeKey(String text) {
        return text != null && text.strip().matches("[A-Za-z0-9_-]{43}");
    }
}
