package se.tryggstad.portal.forum.workspace.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Unsubscribe tokens: 32 random bytes in the mail, only their SHA-256 hash in the database. */
public final class DigestToken {

    private static final SecureRandom RANDOM = new SecureRandom();

    private DigestToken() {
    }

    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hashOf(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static boolean looksLikeToken(String text) {
        return text != null && text.matches("[A-Za-z0-9_-]{43}");
    }
}
