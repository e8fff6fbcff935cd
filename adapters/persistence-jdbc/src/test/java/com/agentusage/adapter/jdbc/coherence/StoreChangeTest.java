package com.agentusage.adapter.jdbc.coherence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The notification payloads instances exchange (ADR 0013). */
class StoreChangeTest {

    @Test
    void givenEachKnownChange_whenItsPayloadIsParsed_thenTheSameChangeComesBack() {
        assertThat(StoreChange.parse(new StoreChange.AccessChanged().payload())).isEqualTo(new StoreChange.AccessChanged());
        assertThat(StoreChange.parse(new StoreChange.EventsStored(20001).payload())).isEqualTo(new StoreChange.EventsStored(20001));
        assertThat(StoreChange.parse(new StoreChange.AllChanged().payload())).isEqualTo(new StoreChange.AllChanged());
    }

    @Test
    void givenTheOperatorsNotification_whenParsed_thenEverythingChanged() {
        assertThat(StoreChange.parse("all")).isEqualTo(new StoreChange.AllChanged());
    }

    @Test
    void givenPayloadsNoInstanceSends_whenParsed_thenTheyAreUnrecognized() {
        assertThat(StoreChange.parse("schema 7")).isEqualTo(new StoreChange.Unrecognized("schema 7"));
        assertThat(StoreChange.parse("events twelve")).isEqualTo(new StoreChange.Unrecognized("events twelve"));
        assertThat(StoreChange.parse("")).isEqualTo(new StoreChange.Unrecognized(""));
    }
}
