package com.agentusage.domain.period;

import java.math.BigDecimal;

/**
 * A reported instant in seconds since the epoch, fractional where the contract's bucket arithmetic
 * makes it so (1586540399.8888888).
 */
public record EpochSeconds(double value) {

    public EpochSeconds {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("epoch seconds must be finite, got " + value);
        }
    }

    public static EpochSeconds of(long wholeSeconds) {
        return new EpochSeconds(wholeSeconds);
    }

    /**
     * The contract's notation: whole values without a fraction, others with the shortest digits that
     * read back as the same double, never in exponent notation (which JSON writers pick for large doubles).
     */
    public String plainText() {
        return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }

    @Override
    public String toString() {
        return plainText();
    }
}
