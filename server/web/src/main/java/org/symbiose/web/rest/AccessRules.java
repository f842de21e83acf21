package org.symbiose.web.rest;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Arrays;
import org.symbiose.api.member.Role;
import org.symbiose.api.rest.ProblemType;
import org.symbiose.web.rest.problem.Problem;
import org.symbiose.web.security.Caller;

/**
 * Enforces each endpoint's access rule. Every resource method must say who may call it, with
 * {@code @PermitAll} or {@code @RolesAllowed}; a method that says nothing is closed to everyone,
 * so a forgotten annotation fails safe.
 *
 * <p>The rule is read from the method matched for each request, so it applies to plugins'
 * endpoints too, which are found at request time and which a per-method registration at
 * deployment would never see.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class AccessRules implements ContainerRequestFilter {

    @Context
    private ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext context) {
        ruleOf(resource.getResourceMethod(), resource.getResourceClass()).check(context);
    }

    /** The rule a resource method declares; a method's own annotation overrides its class's. */
    static Rule ruleOf(Method method, Class<?> type) {
        boolean posts = method.isAnnotationPresent(PostsContent.class);
        RolesAllowed roles = method.getAnnotation(RolesAllowed.class);
        if (method.isAnnotationPresent(PermitAll.class) || roles == null && type.isAnnotationPresent(PermitAll.class)) {
            return new Rule(true, null, posts);
        }
        if (roles == null) {
            roles = type.getAnnotation(RolesAllowed.class);
        }
        if (roles == null) {
            return new Rule(false, null, posts);
        }
        return new Rule(true, Arrays.stream(roles.value()).map(Role::ofGroup).min(Enum::compareTo).orElseThrow(), posts);
    }

    /**
     * One endpoint's rule.
     *
     * @param declared     false when the endpoint says nothing: then nobody may call it
     * @param least        the least role needed, or null when anyone may call
     * @param postsContent whether a silenced member is refused
     */
    record Rule(boolean declared, Role least, boolean postsContent) {

        void check(ContainerRequestContext context) {
            if (!declared) {
                context.abortWith(Problem.of(ProblemType.FORBIDDEN, "This endpoint declares no access rule").response());
                return;
            }
            if (least == null) {
                return;
            }
            // In a servlet container, request properties are the servlet request's attributes.
            Caller caller = (Caller) context.getProperty(Caller.ATTRIBUTE);
            if (caller == null) {
                context.abortWith(Problem.of(ProblemType.UNAUTHORIZED, "Sign in (HTTP Basic or an API token) to do this").response());
            } else if (!caller.is(least)) {
                context.abortWith(Problem.of(ProblemType.FORBIDDEN, "This needs the role " + least.group()).response());
            } else if (postsContent && !caller.canPost()) {
                context.abortWith(Problem.of(ProblemType.ACCOUNT_SILENCED, "A silenced account can read but not post").response());
            }
        }
    }
}
