package com.agentusage.bootstrap;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;

@QuarkusTest
@TestProfile(OverloadOnH2Test.FewConnections.class)
class OverloadOnH2Test extends OverloadScenarios {

    public static class FewConnections implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return fewConnectionsAThreadPerCaller();
        }
    }
}
