package com.agentusage.archfixture.application.port.out;

/** A well-behaved outgoing port, for the in-port fixture to depend on. */
public interface OutPort {
}
