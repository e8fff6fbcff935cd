package com.agentusage.domain.event;

import com.agentusage.domain.InvalidParameterException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Events are kept to the millisecond: a finer instant would count differently in memory and in a database. */
public final class EventTimes {

    /** 9999-12-31T23:59:59Z: later timestamps are certainly mistakes, and bounding them keeps arithmetic cheap. */
    public static final BigDecimal LATEST_SECONDS = BigDecimal.valueOf(253_402_300_799L);

    /** What a timestamp that is no number is told; a wire format that types its values says the same. */
    public static final String NOT_A_NUMBER = "timestamp must be a number of seconds since the epoch";

    /** Longer than any timestamp a sender writes (1586502000.123456789 has 20), short enough to cost nothing. */
    static final int MAX_TEXT_LENGTH = 64;

    private static final int MAX_EXPONENT_DIGITS = 2;
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?(\\d+))?");

    private EventTimes() {
    }

    /**
     * Epoch seconds as senders write them (a JSON number's text, a CSV field), kept to the millisecond: a finer
     * fraction is cut, not rounded, so an event stays in the second it happened. The text's length and exponent are
     * checked before any decimal arithmetic, whose cost grows with the exponent: 1e-100000000 took a minute of CPU.
     */
    public static Instant parseEpochSeconds(String text) {
        if (text == null) {
            throw new InvalidParameterException("timestamp", NOT_A_NUMBER);
        }
        if (text.length() > MAX_TEXT_LENGTH) {
            throw tooLong();
        }
        Matcher decimal = DECIMAL.matcher(text);
        if (!decimal.matches()) {
            throw new InvalidParameterException("timestamp", NOT_A_NUMBER);
        }
        if (decimal.group(1) != null && decimal.group(1).length() > MAX_EXPONENT_DIGITS) {
            throw tooLong();
        }
        return fromEpochSeconds(new BigDecimal(text));
    }

    private static Instant fromEpochSeconds(BigDecimal seconds) {
        if (seconds.signum() < 0 || seconds.compareTo(LATEST_SECONDS) > 0) {
            throw new InvalidParameterException("timestamp", "timestamp must be between 0 and " + LATEST_SECONDS);
        }
        return Instant.ofEpochMilli(seconds.movePointRight(3).setScale(0, RoundingMode.FLOOR).longValueExact());
    }

    private static InvalidParameterException tooLong() {
        return new InvalidParameterException("timestamp", "timestamp must be written in at most " + MAX_TEXT_LENGTH
                + " characters, with an exponent of at most two digits");
    }

    static Instant requireMillisecond(Instant at) {
        Objects.requireNonNull(at, "at");
        if (at.getNano() % 1_000_000 != 0) {
            throw new IllegalArgumentException("event times are kept to the millisecond, got " + at);
        }
        return at;
    }
}
