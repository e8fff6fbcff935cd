package com.agentusage.application.port.in;

/** Use case (administration): take away a user's access to an agent. */
public interface RevokePermission {

    void revoke(RevokePermissionCommand command);
}
