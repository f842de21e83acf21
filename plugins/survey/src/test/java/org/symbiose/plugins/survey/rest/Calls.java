package org.symbiose.plugins.survey.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.SecurityContext;
import java.lang.reflect.Proxy;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What JAX-RS gives a resource's method, faked: who calls, their headers, a request without preconditions. */
final class Calls {

    private Calls() {
    }

    /** The member {@code id} signed in, or a visitor for null. */
    static SecurityContext as(Long id) {
        Principal principal = id == null ? null : () -> Long.toString(id);
        return proxy(SecurityContext.class, Map.of("getUserPrincipal", principal == null ? NONE : principal));
    }

    /** Headers accepting {@code languages}, first preferred, with these other headers. */
    static HttpHeaders headers(List<Locale> languages, Map<String, String> others) {
        HttpHeaders fake = (HttpHeaders) Proxy.newProxyInstance(Calls.class.getClassLoader(),
                new Class<?>[] {HttpHeaders.class}, (self, method, arguments) -> switch (method.getName()) {
                    case "getAcceptableLanguages" -> languages;
                    case "getHeaderString" -> others.get((String) arguments[0]);
                    default -> null;
                });
        return fake;
    }

    static HttpHeaders english() {
        return headers(List.of(Locale.ENGLISH), Map.of());
    }

    /** A request with no {@code If-None-Match}: every read is a 200. */
    static Request request() {
        return proxy(Request.class, Map.of());
    }

    private static final Object NONE = new Object();

    private static <T> T proxy(Class<T> type, Map<String, Object> answers) {
        return type.cast(Proxy.newProxyInstance(Calls.class.getClassLoader(), new Class<?>[] {type},
                (self, method, arguments) -> {
                    Object answer = answers.get(method.getName());
                    return answer == NONE ? null : answer;
                }));
    }
}
