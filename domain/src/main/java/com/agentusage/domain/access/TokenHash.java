package com.agentusage.domain.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** The SHA-256 of an access token, hex encoded: all that is ever stored of a token. */
public record TokenHash(String hex) {

    private static final Pattern SHA_256_HEX = Pattern.compile("[0-9a-f]{64}");

    public TokenHash {
        if (hex == null || !SHA_256_HEX.matcher(hex).matches()) {
            throw new IllegalArgumentException("a token hash is 64 lower-case hex digits");
        }
    }

    public static TokenHash of(AccessToken token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.secret().getBytes(StandardCharsets.UTF_8));
            return new TokenHash(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK provides SHA-256", e);
        }
    }

    public static TokenHash fromStored(String hex) {
        return new TokenHash(hex);
    }

    /** Compares in time independent of where the hashes differ. */
    public boolean matches(TokenHash other) {
        return MessageDigest.isEqual(hex.getBytes(StandardCharsets.US_ASCII), other.hex.getBytes(StandardCharsets.US_ASCII));
    }
}
