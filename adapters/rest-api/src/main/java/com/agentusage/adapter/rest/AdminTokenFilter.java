package com.agentusage.adapter.rest;

import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Lets administration through only with the admin token from configuration (USAGE_ADMIN_TOKEN). Without one
 * configured, administration is closed: there is no default token that could be guessed. Every refusal is a
 * failed authentication of the caller's address, so guessing the token meets the same budget as guessing a
 * user's; the admin's own requests share one budget.
 */
@Provider
@AdminOnly
@Priority(Priorities.AUTHENTICATION)
public class AdminTokenFilter implements ContainerRequestFilter {

    private final Optional<byte[]> adminTokenDigest;
    private final RateLimits limits;

    @Context
    HttpServerRequest connection;

    AdminTokenFilter(@ConfigProperty(name = "usage.admin-token") Optional<String> adminToken, RateLimits limits) {
        this.adminTokenDigest = adminToken.map(String::strip).filter(token -> !token.isEmpty()).map(AdminTokenFilter::digest);
        this.limits = limits;
    }

    /** Whether this filter, rather than a user's token, guards the resource. */
    static boolean guards(ResourceInfo resource) {
        return resource.getResourceClass() != null && resource.getResourceClass().isAnnotationPresent(AdminOnly.class);
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (adminTokenDigest.isEmpty()) {
            request.abortWith(limits.refuseAuthentication(ClientAddress.of(connection), ErrorResponses.error(
                    Response.Status.FORBIDDEN.getStatusCode(),
                    "The admin API is closed: no admin token is configured (USAGE_ADMIN_TOKEN)")));
            return;
        }
        String presented = request.getHeaderString(AccessTokenHeader.NAME);
        // Digests have one length, so the comparison takes the same time wherever the tokens differ.
        if (presented == null || !MessageDigest.isEqual(adminTokenDigest.get(), digest(presented.strip()))) {
            request.abortWith(limits.refuseAuthentication(ClientAddress.of(connection), ErrorResponses.error(
                    Response.Status.UNAUTHORIZED.getStatusCode(),
                    "The admin API needs the admin token in the Access-Token header")));
            return;
        }
        limits.charge("admin").ifPresent(request::abortWith);
    }

    private static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK provides SHA-256", e);
        }
    }
}
