package com.agentusage.adapter.persistence;

/**
 * A committed write that makes something this adapter remembers stale (ADR 0013). Travels between instances
 * as the payload of a PostgreSQL notification, so each has a short text form.
 */
sealed interface StoreChange {

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
     * Anything else, such as an operator's {@code NOTIFY agent_usage_changes, 'all'} after writing with SQL
     * behind the service's back: forget everything.
     */
    record Unrecognized(String payload) implements StoreChange {
    }

    String payload();

    static StoreChange parse(String payload) {
        if (AccessChanged.PAYLOAD.equals(payload)) {
            return new AccessChanged();
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
