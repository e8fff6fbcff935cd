package com.agentusage.adapter.rest;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Puts the contract's example into the OpenAPI document as this service renders it, so the documented
 * example cannot drift from what the endpoint really writes. Registered with mp.openapi.filter.
 */
public class ContractExampleFilter implements OASFilter {

    static final String USAGE_PATH = "/bots/analytics/{agent_id}/usage.json";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        PathItem usage = openAPI.getPaths() == null ? null : openAPI.getPaths().getPathItem(USAGE_PATH);
        Operation get = usage == null ? null : usage.getGET();
        APIResponse ok = get == null || get.getResponses() == null ? null : get.getResponses().getAPIResponse("200");
        MediaType json = ok == null || ok.getContent() == null ? null : ok.getContent().getMediaType("application/json");
        if (json != null) {
            json.addExample("contract example", OASFactory.createExample()
                    .summary("from_date=10/04/2020&to_date=13/04/2020&utc_offset=-25200")
                    .value(asJsonTree()));
        }
    }

    // Kept as numbers of any precision, so 1586540399.8888888 is written as it is rendered.
    private static Object asJsonTree() {
        return new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .convertValue(ContractExample.response(), Map.class);
    }
}
