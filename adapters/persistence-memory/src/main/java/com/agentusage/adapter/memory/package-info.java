/**
 * The storage ports kept in memory: agents, users and permissions in maps, events counted by the domain's own
 * tally, units of work run one at a time. The smallest complete storage adapter, and the reference the contract
 * suites hold the database adapters to. Selected with {@code usage.storage=memory}: the whole service then runs
 * without a database and forgets everything when it stops.
 */
package com.agentusage.adapter.memory;
