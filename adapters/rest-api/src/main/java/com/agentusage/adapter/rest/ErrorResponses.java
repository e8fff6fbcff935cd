package com.agentusage.adapter.rest;

import com.agentusage.application.port.in.AccessDeniedException;
import com.agentusage.application.port.in.AgentAlreadyExistsException;
import com.agentusage.application.port.in.AgentNotFoundException;
import com.agentusage.application.port.in.InvalidEventsException;
import com.agentusage.application.port.in.NotAuthenticatedException;
import com.agentusage.application.port.in.ServiceUnavailableException;
import com.agentusage.application.port.in.UpstreamFailedException;
import com.agentusage.application.port.in.UserNotFoundException;
import com.agentusage.domain.InvalidParameterException;
import com.agentusage.domain.event.BatchTooLargeException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every failure as the contract's {"error": "..."} with its status; nothing else ever reaches a caller. */
public class ErrorResponses {

    private static final Logger LOG = Logger.getLogger(ErrorResponses.class);
    private static final int UNPROCESSABLE = 422;

    @ServerExceptionMapper
    public Response invalidParameter(InvalidParameterException e) {
        return error(UNPROCESSABLE, e.getMessage());
    }

    @ServerExceptionMapper
    public Response invalidEvents(InvalidEventsException e) {
        return Response.status(UNPROCESSABLE).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorJson(e.getMessage(), e.problems().stream()
                        .map(problem -> new ErrorJson.Detail(problem.index(), problem.error())).toList()))
                .build();
    }

    @ServerExceptionMapper
    public Response batchTooLarge(BatchTooLargeException e) {
        return error(Response.Status.REQUEST_ENTITY_TOO_LARGE.getStatusCode(), e.getMessage());
    }

    @ServerExceptionMapper
    public Response bodyTooLarge(BodyTooLargeException e) {
        return error(Response.Status.REQUEST_ENTITY_TOO_LARGE.getStatusCode(), e.getMessage());
    }

    @ServerExceptionMapper
    public Response notAuthenticated(NotAuthenticatedException e) {
        return error(Response.Status.UNAUTHORIZED.getStatusCode(), e.getMessage());
    }

    @ServerExceptionMapper
    public Response accessDenied(AccessDeniedException e) {
        return error(Response.Status.FORBIDDEN.getStatusCode(), e.getMessage());
    }

    @ServerExceptionMapper({AgentNotFoundException.class, UserNotFoundException.class})
    public Response notFound(RuntimeException e) {
        return error(Response.Status.NOT_FOUND.getStatusCode(), e.getMessage());
    }

    @ServerExceptionMapper
    public Response alreadyExists(AgentAlreadyExistsException e) {
        return error(Response.Status.CONFLICT.getStatusCode(), e.getMessage());
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e) {
        return malformedBody(new MalformedBodyException(e.getOriginalMessage()));
    }

    /** The upstream that hosts the agent could not answer; the caller learns why, and when to try again. */
    @ServerExceptionMapper
    public Response upstreamFailed(UpstreamFailedException e) {
        int status = switch (e.kind()) {
            case FAILED -> Response.Status.BAD_GATEWAY.getStatusCode();
            case TIMED_OUT -> Response.Status.GATEWAY_TIMEOUT.getStatusCode();
            case RATE_LIMITED -> Response.Status.TOO_MANY_REQUESTS.getStatusCode();
        };
        return e.retryAfterSeconds() > 0 ? errorRetryingAfter(status, e.getMessage(), e.retryAfterSeconds())
                : error(status, e.getMessage());
    }

    /** The database is down or restarting, or the upstream is left alone for a while; retrying later is safe. */
    @ServerExceptionMapper
    public Response serviceUnavailable(ServiceUnavailableException e) {
        return errorRetryingAfter(Response.Status.SERVICE_UNAVAILABLE.getStatusCode(), e.getMessage(), e.retryAfterSeconds());
    }

    @ServerExceptionMapper
    public Response malformedBody(MalformedBodyException e) {
        return error(Response.Status.BAD_REQUEST.getStatusCode(), e.getMessage());
    }

    /** A JSON body of the wrong shape: named by where it went wrong, without the parser's Java type names. */
    @ServerExceptionMapper
    public Response wrongShape(MismatchedInputException e) {
        String where = e.getPath().stream()
                .map(reference -> reference.getFieldName() != null ? reference.getFieldName() : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining("."));
        return error(Response.Status.BAD_REQUEST.getStatusCode(), where.isEmpty()
                ? "The request body must be a JSON object"
                : "The request body has the wrong type at '" + where + "'");
    }

    /** Routing and protocol failures (unknown path, wrong method, ...) keep their status but speak JSON. */
    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        return error(status, known == null ? "Request failed" : known.getReasonPhrase());
    }

    /** A bug: logged with its stack trace for us, reported without one to the caller. */
    @ServerExceptionMapper(priority = Priorities.USER + 1000)
    public Response unexpected(Throwable e) {
        LOG.error("Unexpected failure while serving a request", e);
        return error(Response.Status.INTERNAL_SERVER_ERROR.getStatusCode(), "Internal error");
    }

    static Response error(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(new ErrorJson(message)).build();
    }

    /** An error the caller may retry, and when: the Retry-After header, in whole seconds. */
    static Response errorRetryingAfter(int status, String message, long seconds) {
        return Response.fromResponse(error(status, message)).header(HttpHeaders.RETRY_AFTER, seconds).build();
    }
}
