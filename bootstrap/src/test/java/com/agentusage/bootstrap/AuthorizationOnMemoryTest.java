package com.agentusage.bootstrap;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@TestProfile(OnMemory.class)
class AuthorizationOnMemoryTest extends AuthorizationScenarios {
}
