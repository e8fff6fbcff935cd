package com.agentusage.adapter.rest;

import com.agentusage.application.port.in.AuthenticateCaller;
import com.agentusage.application.port.in.AuthenticationQuery;
import com.agentusage.application.port.in.NotAuthenticatedException;
import com.agentusage.domain.access.AccessToken;
import com.agentusage.domain.access.UserId;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.time.Duration;
import java.util.Optional;

/**
 * Before anything else is done for a request, and before its body is read: whose is the Access-Token, and has
 * that caller requests left? A user's token is charged to the user, however many tokens it has held; a request
 * without a token is charged to its address, and the resource then decides whether it needs one; a token nobody
 * holds is a failed authentication of the address (401, then 429 once its budget is used up, ErrorResponses).
 * <p>
 * Tokens are remembered for a minute, as a hash: a refused token seen again is refused without asking the
 * directory, and a token that was valid is charged without asking again (the use case still checks it). An address
 * locked out for failed authentications gets 429 for any token not remembered as valid, without a lookup. The
 * admin API has its own check ({@link AdminTokenFilter}).
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class TokenAuthentication implements ContainerRequestFilter {

    private static final Duration REMEMBERED = Duration.ofMinutes(1);
    private static final int MAX_REMEMBERED = 100_000;

    private final AuthenticateCaller authenticateCaller;
    private final RateLimits limits;
    private final Cache<String, UserId> valid = remembered();
    private final Cache<String, Boolean> refused = remembered();

    @Context
    HttpServerRequest connection;

    @Context
    ResourceInfo resource;

    TokenAuthentication(AuthenticateCaller authenticateCaller, RateLimits limits) {
        this.authenticateCaller = authenticateCaller;
        this.limits = limits;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (AdminTokenFilter.guards(resource)) {
            return;
        }
        String header = request.getHeaderString(AccessTokenHeader.NAME);
        if (header == null || header.isBlank()) {
            limits.charge("address " + ClientAddress.of(connection)).ifPresent(request::abortWith);
            return;
        }
        AccessToken token = AccessTokenHeader.require(header);
        String hash = token.hash().hex();
        UserId user = valid.getIfPresent(hash);
        if (user == null) {
            if (refused.getIfPresent(hash) != null) {
                throw new NotAuthenticatedException();
            }
            Optional<Response> lockedOut = limits.whileLockedOut(ClientAddress.of(connection));
            if (lockedOut.isPresent()) {
                request.abortWith(lockedOut.get());
                return;
            }
            user = authenticate(token, hash);
        }
        limits.charge("user " + user.value()).ifPresent(request::abortWith);
    }

    private UserId authenticate(AccessToken token, String hash) {
        try {
            UserId user = authenticateCaller.authenticate(new AuthenticationQuery(token)).id();
            valid.put(hash, user);
            return user;
        } catch (NotAuthenticatedException e) {
            refused.put(hash, Boolean.TRUE);
            throw e;
        }
    }

    private static <V> Cache<String, V> remembered() {
        return Caffeine.newBuilder().maximumSize(MAX_REMEMBERED).expireAfterWrite(REMEMBERED).build();
    }
}
