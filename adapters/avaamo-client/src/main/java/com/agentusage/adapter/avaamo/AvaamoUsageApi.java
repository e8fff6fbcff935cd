package com.agentusage.adapter.avaamo;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The upstream's usage endpoint. Built per base URL with the programmatic builder, since each agent may live
 * on another upstream. It answers the raw response: status and body are judged by {@link AvaamoUsageReader}.
 */
@Path("/bots/analytics")
interface AvaamoUsageApi {

    @GET
    @Path("/{agent_id}/usage.json")
    @Produces(MediaType.APPLICATION_JSON)
    Response usage(@PathParam("agent_id") long agentId,
                   @QueryParam("utc_offset") int utcOffset,
                   @QueryParam("from_date") String fromDate,
                   @QueryParam("to_date") String toDate,
                   @HeaderParam("Access-Token") String token);
}
