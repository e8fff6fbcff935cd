package com.agentusage.bootstrap;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Runs a test class on the in-memory storage adapter, chosen at run time as an operator would (ADR 0015). */
public class OnMemory implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("usage.storage", "memory");
    }
}
