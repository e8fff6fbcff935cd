package com.agentusage.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AdminTokenWarningTest {

    @ParameterizedTest
    @ValueSource(strings = {"change-me", "CHANGE-ME", " changeme ", "password", "letmein"})
    void givenAWellKnownExample_whenChecked_thenTheWarningSaysSoWithoutRepeatingIt(String token) {
        assertThat(AdminTokenWarning.weakness(token)).hasValueSatisfying(warning -> {
            assertThat(warning).startsWith("The admin token (USAGE_ADMIN_TOKEN) is a well-known example value");
            assertThat(warning).doesNotContainIgnoringCase(token.strip());
        });
    }

    @Test
    void givenAShortToken_whenChecked_thenTheWarningSaysItIsShort() {
        assertThat(AdminTokenWarning.weakness("x".repeat(AdminTokenWarning.MIN_LENGTH - 1)))
                .hasValueSatisfying(warning -> assertThat(warning).contains("has fewer than 32 characters"));
    }

    @Test
    void givenALongRandomToken_whenChecked_thenThereIsNothingToSay() {
        assertThat(AdminTokenWarning.weakness("3f9a1c0e7b2d48a6b5e4c3d2f1a09876")).isEmpty();
        assertThat(AdminTokenWarning.weakness("   ")).isEmpty();
    }
}
