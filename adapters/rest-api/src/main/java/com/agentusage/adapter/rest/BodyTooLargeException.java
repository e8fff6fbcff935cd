package com.agentusage.adapter.rest;

import java.io.IOException;

/** A request body over the limit, noticed while reading it: reading stops there. */
class BodyTooLargeException extends IOException {

    BodyTooLargeException(long limit) {
        super("The request body is larger than " + limit + " bytes");
    }
}
