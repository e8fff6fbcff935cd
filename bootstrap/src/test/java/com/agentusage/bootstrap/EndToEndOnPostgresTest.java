package com.agentusage.bootstrap;

import com.agentusage.adapter.jdbc.OnPostgres;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@TestProfile(OnPostgres.class)
class EndToEndOnPostgresTest extends UsageApiScenarios {
}
