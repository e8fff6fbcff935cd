package com.agentusage.adapter.jdbc.events;

import com.agentusage.adapter.jdbc.OnPostgres;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@TestProfile(OnPostgres.class)
class UsageDerivationOnPostgresTest extends UsageDerivationTest {
}
