-- As on PostgreSQL (see its V6): reports read rollups, so the time index no longer covers kind and session_id.
-- H2 keeps its foreign key from events to agents: its batches take turns on the agent's row anyway.
DROP INDEX usage_event_by_time;
CREATE INDEX usage_event_by_time ON usage_event (agent_id, occurred_at);
