package com.agentusage.adapter.jdbc.coherence;

/**
 * A committed write that makes something this adapter remembers stale (ADR 0013). Travels between instances
 * as the payload of a PostgreSQL notification, so each has a short text form.
 */
public sealed interface StoreChange {

    /** Users, tokens, agents or permissions changed: every remembered access answer may be wrong. */
    record AccessChanged() implements StoreChange {

        static final String PAYLOAD = "access";

        @Override
        public String payload() {
            return PAYLOAD;
        }
    }

    /** The agent stored events: its usage revision moved. */
    record EventsStored(long agentId) implements StoreChange {

        static final String PREFIX = "events ";

        @Override
        public String payload() {
            return PREFIX + agentId;
        }
    }

    /**
     * Anything may have changed: the usage tables were derived again, or an operator wrote with SQL behind the
     * service's back and said so with {@code NOTIFY agent_usage_changes, 'all'}. Forget everything.
     */
    record AllChanged() implements StoreChange {

        static final String PAYLOAD = "all";

        @Override
        public String payload() {
            return PAYLOAD;
        }
    }

    /** A payload this version does not know, perhaps from a newer instance: forget everything, to be safe. */
    record Unrecognized(String payload) implements StoreChange {
    }

    String payload();

    static StoreChange parse(String payload) {
        if (AccessChanged.PAYLOAD.equals(payload)) {
            return new AccessChanged();
        }
        if (AllChanged.PAYLOAD.equals(payload)) {
            return new AllChanged();
        }
        if (payload != null && payload.startsWith(EventsStored.PREFIX)) {
            try {
                return new EventsStored(Long.parseLong(payload.substring(EventsStored.PREFIX.length())));
            } catch (NumberFormatException e) {
                return new Unrecognized(payload);
            }
        }
        return new Unrecognized(payload);
    }
}
