package com.agentusage.bootstrap;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class EndToEndOnH2Test extends UsageApiScenarios {
}
