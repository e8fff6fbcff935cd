-- The session spans and rollups of the events stored before V3 (none on a fresh database): the same
-- numbers the service keeps on every write, derived in bulk. Runs on empty tables; the benchmark runs it
-- again after loading events straight into usage_event.
INSERT INTO usage_session (agent_id, session_id, first_at, last_at)
SELECT agent_id, session_id, MIN(occurred_at), MAX(occurred_at)
FROM usage_event
WHERE kind < 5
GROUP BY agent_id, session_id;

INSERT INTO usage_session_gap (agent_id, session_id, after_at, before_at)
SELECT agent_id, session_id, previous_at, occurred_at
FROM (SELECT agent_id, session_id, occurred_at,
             LAG(occurred_at) OVER (PARTITION BY agent_id, session_id ORDER BY occurred_at) AS previous_at
      FROM usage_event
      WHERE kind < 5) AS consecutive
WHERE occurred_at - previous_at >= 3600000;

INSERT INTO usage_rollup (agent_id, grain_ms, start_at, messages, unhandled, ambiguous, mismatched, interventions,
                          session_firsts, session_lasts)
SELECT agent_id, 60000, minute_at, SUM(messages), SUM(unhandled), SUM(ambiguous), SUM(mismatched), SUM(interventions),
       SUM(session_firsts), SUM(session_lasts)
FROM (SELECT agent_id, occurred_at / 60000 * 60000 AS minute_at,
             COUNT(CASE WHEN kind < 5 THEN 1 END) AS messages,
             COUNT(CASE WHEN kind = 1 THEN 1 END) AS unhandled,
             COUNT(CASE WHEN kind BETWEEN 2 AND 4 THEN 1 END) AS ambiguous,
             COUNT(CASE WHEN kind = 3 THEN 1 END) AS mismatched,
             COUNT(CASE WHEN kind = 5 THEN 1 END) AS interventions,
             0 AS session_firsts, 0 AS session_lasts
      FROM usage_event
      GROUP BY agent_id, occurred_at / 60000 * 60000
      UNION ALL
      SELECT agent_id, first_at / 60000 * 60000, 0, 0, 0, 0, 0, COUNT(*), 0
      FROM usage_session
      GROUP BY agent_id, first_at / 60000 * 60000
      UNION ALL
      SELECT agent_id, last_at / 60000 * 60000, 0, 0, 0, 0, 0, 0, COUNT(*)
      FROM usage_session
      GROUP BY agent_id, last_at / 60000 * 60000) AS per_minute
GROUP BY agent_id, minute_at;

INSERT INTO usage_rollup (agent_id, grain_ms, start_at, messages, unhandled, ambiguous, mismatched, interventions,
                          session_firsts, session_lasts)
SELECT agent_id, 3600000, start_at / 3600000 * 3600000, SUM(messages), SUM(unhandled), SUM(ambiguous),
       SUM(mismatched), SUM(interventions), SUM(session_firsts), SUM(session_lasts)
FROM usage_rollup
WHERE grain_ms = 60000
GROUP BY agent_id, start_at / 3600000 * 3600000;

INSERT INTO usage_rollup (agent_id, grain_ms, start_at, messages, unhandled, ambiguous, mismatched, interventions,
                          session_firsts, session_lasts)
SELECT agent_id, 86400000, start_at / 86400000 * 86400000, SUM(messages), SUM(unhandled), SUM(ambiguous),
       SUM(mismatched), SUM(interventions), SUM(session_firsts), SUM(session_lasts)
FROM usage_rollup
WHERE grain_ms = 3600000
GROUP BY agent_id, start_at / 86400000 * 86400000;
