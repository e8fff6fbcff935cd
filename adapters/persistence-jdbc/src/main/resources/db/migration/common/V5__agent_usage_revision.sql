-- Changes whenever an event of the agent is stored, in the same transaction: a report computed at one
-- revision is still exact while the revision has not moved, on every instance of the service (ADR 0012).
ALTER TABLE agent ADD COLUMN usage_revision BIGINT DEFAULT 0 NOT NULL;
