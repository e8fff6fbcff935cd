package com.agentusage.adapter.rest;

/** A request body that is not JSON, for whatever reason the parser gave. */
class MalformedBodyException extends RuntimeException {

    private static final int MAX_REASON_LENGTH = 200;

    MalformedBodyException(String reason) {
        super("The request body is not valid JSON: " + abbreviate(reason));
    }

    // The parser quotes the input; a caller needs the gist, not its whole body echoed back.
    private static String abbreviate(String reason) {
        String text = reason == null ? "unreadable" : reason;
        return text.length() <= MAX_REASON_LENGTH ? text : text.substring(0, MAX_REASON_LENGTH) + "...";
    }
}
