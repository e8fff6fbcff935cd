package com.agentusage.adapter.rest;

/** A request body that is no acceptable JSON; the message says why, in words for the caller (400). */
class MalformedBodyException extends RuntimeException {

    MalformedBodyException(String message) {
        super(message);
    }
}
