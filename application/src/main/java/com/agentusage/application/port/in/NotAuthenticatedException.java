package com.agentusage.application.port.in;

/** No token, or one this service never issued or has since rotated away. */
public class NotAuthenticatedException extends RuntimeException {

    public NotAuthenticatedException() {
        super("A valid Access-Token header is required");
    }
}
