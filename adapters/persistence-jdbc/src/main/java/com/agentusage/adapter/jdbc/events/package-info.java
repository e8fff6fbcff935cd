/**
 * The event store and the report engine: the ports {@code EventStore} and {@code UsageCounts}. Events are written
 * idempotently with array-based SQL; in the same transaction the session spans and the minute, hour and day
 * rollups are brought up to date (ADR 0011), so that a report reads rollups and only the minutes its windows' edges
 * cut through. {@link com.agentusage.adapter.jdbc.events.RollupCounter} is the counting rule as stored, the one
 * definition every counting statement is written from; {@code EventSql} holds what differs between H2 and
 * PostgreSQL. No entity is loaded here: counting millions of rows through entities would be neither exact-and-fast
 * nor simple.
 */
package com.agentusage.adapter.jdbc.events;
