package com.agentusage.application.port.in;

/** Use case (administration): give a user a level of access to an agent, replacing any level it had. */
public interface GrantPermission {

    void grant(GrantPermissionCommand command);
}
