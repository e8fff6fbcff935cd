-- Pre-aggregation kept on every write, so that a report reads rollups instead of events (ADR 0011).
-- Events stay the record; these tables can always be derived from them again, as V4 does for events stored
-- before this migration.

-- Each session's first and last message (interventions are not messages).
CREATE TABLE usage_session (
    agent_id   BIGINT       NOT NULL,
    session_id VARCHAR(128) NOT NULL,
    first_at   BIGINT       NOT NULL,
    last_at    BIGINT       NOT NULL,
    PRIMARY KEY (agent_id, session_id)
);

-- Gaps of an hour or more between consecutive messages of a session: after_at and before_at are the two
-- messages. Only these can span a window (every window is longer), so they are all a report needs to tell a
-- session silent through it.
CREATE TABLE usage_session_gap (
    agent_id   BIGINT       NOT NULL,
    session_id VARCHAR(128) NOT NULL,
    after_at   BIGINT       NOT NULL,
    before_at  BIGINT       NOT NULL,
    PRIMARY KEY (agent_id, session_id, after_at)
);
CREATE INDEX usage_session_gap_by_end ON usage_session_gap (agent_id, before_at, after_at);

-- Counts per UTC minute, hour and day (grain_ms 60000, 3600000, 86400000) starting at start_at, epoch ms.
-- session_firsts and session_lasts count the sessions whose first or last message falls in the row's time.
CREATE TABLE usage_rollup (
    agent_id       BIGINT NOT NULL,
    grain_ms       BIGINT NOT NULL,
    start_at       BIGINT NOT NULL,
    messages       BIGINT NOT NULL,
    unhandled      BIGINT NOT NULL,
    ambiguous      BIGINT NOT NULL,
    mismatched     BIGINT NOT NULL,
    interventions  BIGINT NOT NULL,
    session_firsts BIGINT NOT NULL,
    session_lasts  BIGINT NOT NULL,
    PRIMARY KEY (agent_id, grain_ms, start_at)
);
