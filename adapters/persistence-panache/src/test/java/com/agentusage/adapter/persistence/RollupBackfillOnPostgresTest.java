package com.agentusage.adapter.persistence;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@TestProfile(OnPostgres.class)
class RollupBackfillOnPostgresTest extends RollupBackfillTest {
}
