package com.agentusage.application.port.in;

/** Use case (administration): replace a user's access token; the old one stops working at once. */
public interface RotateToken {

    IssuedCredentials rotate(RotateTokenCommand command);
}
