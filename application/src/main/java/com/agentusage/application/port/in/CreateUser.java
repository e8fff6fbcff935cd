package com.agentusage.application.port.in;

/** Use case (administration): a new user and its first access token, shown only this once. */
public interface CreateUser {

    IssuedCredentials create(CreateUserCommand command);
}
