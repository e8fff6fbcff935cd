package com.agentusage.adapter.rest;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks resource classes that only the holder of the configured admin token may call. On classes only: which
 * filter guards a request is then told by its resource class alone, without looking up its method per request.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@interface AdminOnly {
}
