package com.agentusage.domain.access;

import java.util.HexFormat;
import java.util.random.RandomGenerator;

/** The secret a caller presents. It is shown once, when issued, and stored only as its {@link TokenHash}. */
public record AccessToken(String secret) {

    public static final int MAX_LENGTH = 256;
    private static final int RANDOM_BYTES = 32;

    public AccessToken {
        if (secret == null || secret.isEmpty() || secret.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("an access token has 1 to " + MAX_LENGTH + " characters");
        }
    }

    /** A fresh token of 256 random bits; pass a cryptographically strong generator. */
    public static AccessToken generate(RandomGenerator random) {
        byte[] bytes = new byte[RANDOM_BYTES];
        random.nextBytes(bytes);
        return new AccessToken(HexFormat.of().formatHex(bytes));
    }

    public TokenHash hash() {
        return TokenHash.of(this);
    }

    // Never let a token reach a log line through a record's generated toString.
    @Override
    public String toString() {
        return "AccessToken[***]";
    }
}
