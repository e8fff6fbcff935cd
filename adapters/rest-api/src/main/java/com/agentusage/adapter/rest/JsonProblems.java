package com.agentusage.adapter.rest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why a body is no acceptable JSON, in this service's words: the parser's own messages name its classes and
 * settings, which tell a caller nothing and a stranger which library answers.
 */
final class JsonProblems {

    private static final Pattern LIMIT = Pattern.compile("maximum allowed \\((\\d+)");

    private JsonProblems() {
    }

    static MalformedBodyException describe(JsonProcessingException e) {
        String reason = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof StreamConstraintsException) {
            return new MalformedBodyException(limit(reason));
        }
        if (reason.startsWith("Duplicate field")) {
            return new MalformedBodyException("The request body repeats a key within one object" + at(e.getLocation()));
        }
        return new MalformedBodyException("The request body is not valid JSON" + at(e.getLocation()));
    }

    static MalformedBodyException notUtf8() {
        return new MalformedBodyException("The request body is not valid UTF-8 text");
    }

    // The parser tells which of its limits was crossed, and the limit, only in its message.
    private static String limit(String reason) {
        Matcher limit = LIMIT.matcher(reason);
        String most = limit.find() ? limit.group(1) : null;
        if (most != null && reason.startsWith("Document nesting depth")) {
            return "The request body is nested deeper than " + most + " levels";
        }
        if (most != null && reason.startsWith("Number value length")) {
            return "The request body holds a number longer than " + most + " characters";
        }
        if (most != null && reason.startsWith("String value length")) {
            return "The request body holds a string longer than " + most + " characters";
        }
        if (most != null && reason.startsWith("Name length")) {
            return "The request body holds a key longer than " + most + " characters";
        }
        return "The request body is larger or deeper than this service reads";
    }

    private static String at(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
}
