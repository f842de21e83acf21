package org.symbiose.web.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import org.symbiose.api.rest.Page;

/**
 * Sends a page's next URL also as a {@code Link: <url>; rel="next"} header, for every
 * {@link Page} the core or a plugin answers, so that the body and the header never disagree.
 */
// response filters run from the highest priority down: this one reads the Page before
// ConditionalGets turns it into bytes
@Provider
@Priority(Priorities.USER + 1000)
public class PageLinks implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getEntity() instanceof Page<?> page && page.next() != null) {
            // written out rather than built with Link: every list answers one, and a next URL is already a URI
            response.getHeaders().add(HttpHeaders.LINK, "<" + page.next() + ">; rel=\"next\"");
        }
    }
}
