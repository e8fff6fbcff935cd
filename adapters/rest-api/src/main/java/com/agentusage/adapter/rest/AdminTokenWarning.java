package com.agentusage.adapter.rest;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Says at start when the admin token is easy to guess, short or an example copied from somewhere: whoever has it
 * controls every user and permission, and the service listens on every interface. The token itself is never
 * written to the log.
 */
@ApplicationScoped
class AdminTokenWarning {

    /** As long as 16 random bytes written in hex. */
    static final int MIN_LENGTH = 32;

    private static final Logger LOG = Logger.getLogger(AdminTokenWarning.class);
    private static final Set<String> WELL_KNOWN = Set.of("change-me", "changeme", "change_me", "changeit", "admin",
            "administrator", "password", "secret", "token", "admin-token", "test", "example", "letmein", "123456");
    private static final String ADVICE = "; anyone who tries it controls every user and permission. "
            + "Set a long random one instead, for example the output of: openssl rand -hex 32";

    void onStart(@Observes StartupEvent started, @ConfigProperty(name = "usage.admin-token") Optional<String> adminToken) {
        adminToken.flatMap(AdminTokenWarning::weakness).ifPresent(LOG::warn);
    }

    /** What makes the token weak, as the warning says it; nothing for a token that is long and not an example. */
    static Optional<String> weakness(String adminToken) {
        String token = adminToken.strip();
        if (token.isEmpty()) {
            return Optional.empty();
        }
        if (WELL_KNOWN.contains(token.toLowerCase(Locale.ROOT))) {
            return Optional.of("The admin token (USAGE_ADMIN_TOKEN) is a well-known example value" + ADVICE);
        }
        if (token.length() < MIN_LENGTH) {
            return Optional.of("The admin token (USAGE_ADMIN_TOKEN) has fewer than " + MIN_LENGTH + " characters" + ADVICE);
        }
        return Optional.empty();
    }
}
