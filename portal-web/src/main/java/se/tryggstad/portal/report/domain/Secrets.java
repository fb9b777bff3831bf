package se.tryggstad.portal.report.domain;

import java.nio.charset.StandardCharsets;
import java.security.DrbgParameters;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Secrets handed out once (tracking tokens, API keys): 256 random bits, stored only as their SHA-256,
 * so a copy of the database cannot be used to follow or file reports.
 */
public final class Secrets {

    /**
     * One generator per thread: the JDK's default on Linux (NativePRNG) reads {@code /dev/urandom}
     * under one lock for the whole JVM, which every submission then queued for.
     */
    private static final ThreadLocal<SecureRandom> RANDOM = ThreadLocal.withInitial(Secrets::newGenerator);

    private Secrets() {
    }

    public static String newSecret() {
        byte[] secret = new byte[32];
        RANDOM.get().nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    private static SecureRandom newGenerator() {
        try {
            return SecureRandom.getInstance("DRBG", DrbgParameters.instantiation(256, DrbgParameters.Capability.NONE, null));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK since 9 has DRBG", e);
        }
    }

    public static String hashOf(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.strip().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** Only what {@link #newSecret()} can produce is worth a database lookup. */
    public static boolean looksLikeSecret(String text) {
        return text != null && text.strip().matches("[A-Za-z0-9_-]{43}");
    }
}
