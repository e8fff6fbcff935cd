-- Covering: a report reads only this index, one index-only range scan per window.
CREATE INDEX usage_event_by_time ON usage_event (agent_id, occurred_at) INCLUDE (kind, session_id);
