package org.symbiose.plugins.ideas.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import org.symbiose.api.rest.ProblemException;
import org.symbiose.api.rest.ProblemType;

/**
 * Who calls and in which language: the principal's name is the member id (none for a visitor);
 * the language is the first French or English one the request accepts, else English.
 *
 * @param id       the member id, or null for a visitor
 * @param language {@code fr} or {@code en}
 */
record Caller(Long id, Locale language) {

    static Caller of(SecurityContext security, HttpHeaders headers) {
        Principal principal = security == null ? null : security.getUserPrincipal();
        List<Locale> accepted = headers == null ? List.of() : headers.getAcceptableLanguages();
        Locale language = accepted.stream().filter(l -> l.getLanguage().equals("fr") || l.getLanguage().equals("en"))
                .findFirst().map(l -> Locale.of(l.getLanguage())).orElse(Locale.ENGLISH);
        return new Caller(principal == null ? null : Long.valueOf(principal.getName()), language);
    }

    /** The member calling; 401 for a visitor. */
    long member() {
        if (id == null) {
            throw new ProblemException(ProblemType.UNAUTHORIZED, "Sign in first");
        }
        return id;
    }
}
