package com.agentusage.adapter.rest;

import com.agentusage.application.port.in.UsageQuery;
import com.agentusage.domain.InvalidParameterException;
import com.agentusage.domain.access.AccessToken;
import com.agentusage.domain.access.AgentId;
import com.agentusage.domain.period.ContractDate;
import com.agentusage.domain.period.UtcOffset;
import jakarta.ws.rs.core.MultivaluedMap;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/** The query string of usage.json, read as the contract defines it. An absent parameter takes its default. */
final class UsageParameters {

    /** Whole seconds, optionally written with a zero fraction; no exponent, so parsing stays cheap. */
    private static final Pattern WHOLE_SECONDS = Pattern.compile("[+-]?\\d{1,9}(\\.0*)?");

    private UsageParameters() {
    }

    /**
     * Reads the parameters from the raw query, where "?from_date" and "?from_date=" are present but empty, and so
     * invalid, rather than absent. Unknown parameters are ignored.
     */
    static UsageQuery toQuery(AgentId agent, AccessToken token, MultivaluedMap<String, String> query) {
        return new UsageQuery(agent, token, date("from_date", value(query, "from_date")),
                date("to_date", value(query, "to_date")), offset(value(query, "utc_offset")));
    }

    private static String value(MultivaluedMap<String, String> query, String name) {
        if (!query.containsKey(name)) {
            return null;
        }
        String first = query.getFirst(name);
        return first == null ? "" : first;
    }

    private static Optional<LocalDate> date(String name, String text) {
        return text == null ? Optional.empty() : Optional.of(ContractDate.parse(name, text));
    }

    /** A number of seconds; "19800" and "19800.0" are the same offset, "19800.5" is none. */
    static UtcOffset offset(String text) {
        if (text == null) {
            return UtcOffset.UTC;
        }
        String trimmed = text.strip();
        if (!WHOLE_SECONDS.matcher(trimmed).matches()) {
            throw new InvalidParameterException("utc_offset", "utc_offset must be a whole number of seconds between "
                    + UtcOffset.MIN_SECONDS + " and " + UtcOffset.MAX_SECONDS);
        }
        int dot = trimmed.indexOf('.');
        return UtcOffset.ofSeconds(Integer.parseInt(dot < 0 ? trimmed : trimmed.substring(0, dot)));
    }
}
