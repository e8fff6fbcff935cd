package com.agentusage.bootstrap;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class AuthorizationOnH2Test extends AuthorizationScenarios {
}
