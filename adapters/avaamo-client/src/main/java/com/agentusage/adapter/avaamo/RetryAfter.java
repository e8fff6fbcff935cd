package com.agentusage.adapter.avaamo;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * How long an upstream that answered 429 asks not to be called: its Retry-After header, in seconds or as an HTTP
 * date. Without a usable header the platform's own window, a minute, is assumed; an hour at most is honoured, so
 * that a mistaken date cannot silence an upstream for good.
 */
final class RetryAfter {

    static final Duration WITHOUT_HEADER = Duration.ofMinutes(1);
    static final Duration LONGEST = Duration.ofHours(1);

    private static final Pattern SECONDS = Pattern.compile("\\d+");

    private RetryAfter() {
    }

    static Duration of(String header, Instant now) {
        if (header == null || header.isBlank()) {
            return WITHOUT_HEADER;
        }
        String value = header.strip();
        Duration wait;
        if (SECONDS.matcher(value).matches()) {
            wait = value.length() > 9 ? LONGEST : Duration.ofSeconds(Long.parseLong(value));
        } else {
            try {
                wait = Duration.between(now, ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            } catch (DateTimeParseException e) {
                return WITHOUT_HEADER;
            }
        }
        return wait.isNegative() ? Duration.ZERO : wait.compareTo(LONGEST) > 0 ? LONGEST : wait;
    }
}
