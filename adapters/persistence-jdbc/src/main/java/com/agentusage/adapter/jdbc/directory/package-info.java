/**
 * Agents, users with the hashes of their tokens, and permissions: the ports {@code Agents}, {@code UserAccounts}
 * and {@code Permissions} as Hibernate ORM Panache entities and repositories. The smallest room of the adapter,
 * and the place to start reading it. Every answer a request asks for is remembered
 * ({@link com.agentusage.adapter.jdbc.coherence.Remembered}) and every write publishes an access change.
 */
package com.agentusage.adapter.jdbc.directory;
