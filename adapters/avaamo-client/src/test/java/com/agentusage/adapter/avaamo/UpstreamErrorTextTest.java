package com.agentusage.adapter.avaamo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UpstreamErrorTextTest {

    private static Optional<String> of(String body) {
        return UpstreamErrorText.of(body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void givenTheContractsErrorShape_whenRead_thenItsReasonIsPassedOnAsWritten() {
        assertThat(of("{\"error\": \"To Date cannot be before From Date\"}")).hasValue("To Date cannot be before From Date");
    }

    @Test
    void givenControlAndFormattingCharacters_whenRead_thenTheyAreDroppedAndWhiteSpaceIsOneSpace() {
        assertThat(of("{\"error\": \"bad\\r\\n\\u001b[31mdate\\u0007 \\t here\\u202e\\u200b!\"}"))
                .hasValue("bad [31mdate here!");
    }

    @Test
    void givenAVeryLongReason_whenRead_thenItIsCutToTheBound() {
        String text = of("{\"error\": \"" + "x".repeat(10_000) + "\"}").orElseThrow();

        assertThat(text).hasSize(UpstreamErrorText.MAX_LENGTH).endsWith("…");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not json", "[]", "{}", "{\"error\": 42}", "{\"error\": \" \\n \"}", "{\"message\": \"no\"}"})
    void givenNoReadableReason_whenRead_thenThereIsNone(String body) {
        assertThat(of(body)).isEmpty();
    }
}
