/**
 * What this instance remembers so that a cached report costs no database access (ADR 0012, 0013), and how it learns
 * that something remembered went stale: every write publishes a {@link com.agentusage.adapter.jdbc.coherence.StoreChange}
 * through the {@link com.agentusage.adapter.jdbc.coherence.ChangeFeed}, which on PostgreSQL reaches every instance
 * sharing the database. Remembered answers are used only while the feed is sure to hear every change.
 */
package com.agentusage.adapter.jdbc.coherence;
