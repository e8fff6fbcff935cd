package com.agentusage.adapter.demo;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Demo data: off unless a profile meant for trying the service out turns it on. */
@ConfigMapping(prefix = "usage.demo")
public interface DemoConfig {

    @WithDefault("false")
    boolean enabled();

    @WithDefault("20001")
    long agentId();

    /** Days of traffic before today (today's traffic up to now comes too). */
    @WithDefault("30")
    int days();

    /** Sessions on an average weekday; weekends have fewer. */
    @WithDefault("300")
    int sessionsPerWeekday();

    @WithDefault("42")
    long seed();
}
