package org.symbiose.web.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API, version 1. Resources and providers are found by scanning. */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(info = @Info(title = "Symbiose", version = "1",
        description = "Members, content items and the community around them. Every list is one page,"
                + " {items, next: <url>}, with a Link rel=next header; every GET sends an ETag and answers 304 to"
                + " If-None-Match; updates name the version read (If-Match or version, else 428); errors are"
                + " application/problem+json with a urn:symbiose:problem: type."))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
@SecurityScheme(securitySchemeName = "token", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "A personal API token from POST /api/v1/me/tokens")
public class SymbioseApi extends Application {
}
