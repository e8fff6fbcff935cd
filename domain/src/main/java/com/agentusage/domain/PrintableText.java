package com.agentusage.domain;

/**
 * The rule for text a caller names things with (event and session ids, names): well-formed Unicode without
 * control characters. A lone surrogate has no UTF-8 form, so a database would store something else than was
 * sent (PostgreSQL's driver writes '?'), and control characters, NUL first, are refused by some databases and
 * garble logs and files.
 */
public final class PrintableText {

    private PrintableText() {
    }

    public static void require(String field, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new InvalidParameterException(field, field + " must be well-formed Unicode: it holds a lone surrogate");
            } else if (Character.isISOControl(c)) {
                throw new InvalidParameterException(field, field + " must not contain control characters");
            }
        }
    }
}
