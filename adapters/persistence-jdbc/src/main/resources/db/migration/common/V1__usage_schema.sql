-- Agents, users, permissions and events, in SQL that H2 and PostgreSQL read alike.
-- Tokens are kept only as SHA-256 hashes.
CREATE TABLE agent (
    id   BIGINT PRIMARY KEY,
    name VARCHAR(200) NOT NULL
);

CREATE SEQUENCE app_user_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE app_user (
    id         BIGINT PRIMARY KEY,
    name       VARCHAR(200) NOT NULL,
    token_hash VARCHAR(64)  NOT NULL UNIQUE
);

CREATE TABLE permission (
    agent_id BIGINT     NOT NULL REFERENCES agent (id),
    user_id  BIGINT     NOT NULL REFERENCES app_user (id),
    level    VARCHAR(8) NOT NULL,
    PRIMARY KEY (agent_id, user_id)
);

-- kind: 0 successful, 1 unhandled, 2 ambiguous + option selected, 3 ambiguous + none of the above
-- (mismatched), 4 ambiguous + no selection, 5 live-agent intervention. occurred_at: epoch milliseconds.
CREATE TABLE usage_event (
    agent_id    BIGINT       NOT NULL REFERENCES agent (id),
    event_id    VARCHAR(128) NOT NULL,
    occurred_at BIGINT       NOT NULL,
    session_id  VARCHAR(128) NOT NULL,
    kind        SMALLINT     NOT NULL CHECK (kind BETWEEN 0 AND 5),
    PRIMARY KEY (agent_id, event_id)
);
