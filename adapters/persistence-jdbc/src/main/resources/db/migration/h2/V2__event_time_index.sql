-- Covering: a report reads only this index. H2 has no INCLUDE, so the covered columns trail the key.
CREATE INDEX usage_event_by_time ON usage_event (agent_id, occurred_at, kind, session_id);
