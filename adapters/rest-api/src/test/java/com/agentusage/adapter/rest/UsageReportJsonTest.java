package com.agentusage.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class UsageReportJsonTest {

    @Test
    void givenTheContractExample_whenWritten_thenKeysOrderNumbersAndNullsReadAsTheContractWritesThem() throws Exception {
        String json = new ObjectMapper().writeValueAsString(ContractExample.response());

        assertThat(json).startsWith("{\"aggregate_stats\":{\"start_time\":1586502000,\"end_time\":1586847599,"
                + "\"session_count\":8123,\"messages_count\":50138,\"unhandled_messages_count\":2297,"
                + "\"successful_responses_count\":45736,\"ambiguous_messages_count\":2105,\"interventions_count\":0,"
                + "\"success_rate_count\":47633,\"success_rate\":91.22},"
                + "\"previous_interval_stats\":{\"start_time\":1586156401,\"end_time\":1586502000,\"session_count\":15094,"
                + "\"messages_count\":82686,\"unhandled_messages_count\":4745,\"successful_responses_count\":74013,"
                + "\"ambiguous_messages_count\":3928,\"interventions_count\":0,\"success_rate_count\":77615,\"success_rate\":89.51},"
                + "\"stats\":[{\"start_time\":1586502000,\"end_time\":1586540399.8888888,");
        assertThat(json).contains("{\"start_time\":1586617199.6666667,\"end_time\":1586655599.5555556,\"session_count\":592,"
                + "\"messages_count\":3956,\"unhandled_messages_count\":153,\"successful_responses_count\":3703,"
                + "\"ambiguous_messages_count\":100,\"interventions_count\":0,\"success_rate_count\":3794,\"success_rate\":93.6}");
        assertThat(json).endsWith("{\"start_time\":1586809199.1111112,\"end_time\":1586847599,\"session_count\":0,"
                + "\"messages_count\":0,\"unhandled_messages_count\":0,\"successful_responses_count\":0,"
                + "\"ambiguous_messages_count\":0,\"interventions_count\":0,\"success_rate_count\":0,\"success_rate\":null}]}");
        assertThat(json).doesNotContain("E9").doesNotContain("e9");
    }
}
