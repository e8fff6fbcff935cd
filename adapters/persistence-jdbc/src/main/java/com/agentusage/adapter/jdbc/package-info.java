/**
 * The storage ports on a relational database: H2 (embedded, the default build) or PostgreSQL (the
 * {@code postgres} build, ADR 0003). Selected with {@code usage.storage=jdbc}, the default.
 *
 * <p>Three rooms, each a package, meet here:
 * <ul>
 *   <li>{@code directory}: agents, users and permissions, as Hibernate ORM Panache entities;</li>
 *   <li>{@code events}: the event store and the report engine: idempotent writes, the rollups kept on every
 *       write, the report query, in SQL of its own per database (ADR 0006, 0011);</li>
 *   <li>{@code coherence}: what this instance remembers (access answers, revisions, reports) and the change
 *       feed that tells every instance when it goes stale (ADR 0012, 0013).</li>
 * </ul>
 * This package holds what they share: the unit of work ({@link com.agentusage.adapter.jdbc.QuarkusTransactions}),
 * the connection of the current transaction, and the database kind.
 */
package com.agentusage.adapter.jdbc;
