package com.agentusage.adapter.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The contract's error shape, {"error": "..."}, with per-event details where a batch was rejected. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ErrorJson(@JsonProperty("error") String error, @JsonProperty("details") List<Detail> details) {

    record Detail(@JsonProperty("index") int index, @JsonProperty("error") String error) {
    }

    ErrorJson(String error) {
        this(error, null);
    }
}
