package com.agentusage.adapter.avaamo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Optional;

/**
 * The reason an upstream gives in its error answer ({"error": "..."}, as the contract writes a 422), made fit to pass
 * on to our callers: it is third-party text, so each run of white space and control characters becomes one space,
 * formatting characters (such as those that reverse the direction of text) are dropped, and it is cut to a bounded
 * length.
 */
final class UpstreamErrorText {

    static final int MAX_LENGTH = 200;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private UpstreamErrorText() {
    }

    static Optional<String> of(byte[] body) {
        try {
            JsonNode answer = MAPPER.readTree(body);
            JsonNode error = answer == null ? null : answer.get("error");
            return error != null && error.isTextual() ? Optional.of(clean(error.textValue())).filter(text -> !text.isEmpty()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static String clean(String text) {
        StringBuilder clean = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c)) {
                if (!clean.isEmpty() && clean.charAt(clean.length() - 1) != ' ') {
                    clean.append(' ');
                }
            } else if (Character.isDefined(c) && Character.getType(c) != Character.FORMAT
                    && Character.getType(c) != Character.PRIVATE_USE && Character.getType(c) != Character.SURROGATE) {
                clean.appendCodePoint(c);
            }
        });
        String stripped = clean.toString().strip();
        return stripped.codePointCount(0, stripped.length()) <= MAX_LENGTH ? stripped
                : stripped.substring(0, stripped.offsetByCodePoints(0, MAX_LENGTH - 1)) + "…";
    }
}
