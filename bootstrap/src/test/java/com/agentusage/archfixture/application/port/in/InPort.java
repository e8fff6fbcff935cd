package com.agentusage.archfixture.application.port.in;

/** A well-behaved use case interface, for adapter fixtures to call. */
public interface InPort {
}
