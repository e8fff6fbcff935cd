package com.agentusage.bootstrap;

import com.agentusage.adapter.jdbc.OnPostgres;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.HashMap;
import java.util.Map;

@QuarkusTest
@TestProfile(OverloadOnPostgresTest.FewConnections.class)
class OverloadOnPostgresTest extends OverloadScenarios {

    public static class FewConnections extends OnPostgres {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> overrides = new HashMap<>(super.getConfigOverrides());
            overrides.putAll(fewConnectionsAThreadPerCaller());
            return overrides;
        }
    }
}
