package org.symbiose.plugins.survey.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Locale;
import org.symbiose.api.rest.ProblemException;
import org.symbiose.api.rest.ProblemType;
import org.symbiose.plugins.survey.Language;
import org.symbiose.plugins.survey.definition.Survey;
import org.symbiose.plugins.survey.survey.Respondent;

/**
 * Who calls and which languages they read, first preferred: the principal's name is the member
 * id (none for a visitor); the languages are those of {@code Accept-Language} the plugin speaks.
 *
 * @param id        the member id, or null for a visitor
 * @param languages {@code fr} and {@code en} as the request accepts them, maybe neither
 */
record Caller(Long id, List<String> languages) {

    /** The header a visitor's browser sends its own random key in, to answer a public survey. */
    static final String BROWSER_KEY = "Survey-Browser-Key";

    static Caller of(SecurityContext security, HttpHeaders headers) {
        Long member = security == null || security.getUserPrincipal() == null ? null
                : Long.valueOf(security.getUserPrincipal().getName());
        List<String> accepted = headers == null ? List.of() : headers.getAcceptableLanguages().stream()
                .map(Locale::getLanguage).filter(Language::known).distinct().toList();
        return new Caller(member, accepted);
    }

    /** The member calling; 401 for a visitor. */
    long member() {
        if (id == null) {
            throw new ProblemException(ProblemType.UNAUTHORIZED, "Sign in first");
        }
        return id;
    }

    /** The language messages are written in: the first accepted, else English. */
    Locale locale() {
        return Locale.of(languages.isEmpty() ? Language.EN : languages.getFirst());
    }

    /** The language the caller reads {@code survey} in: the first accepted it offers, else its first. */
    String language(Survey survey) {
        return languages.stream().filter(survey.languages()::contains).findFirst()
                .orElse(survey.languages().getFirst());
    }

    /** The caller as a respondent, with the invitation token and browser key the request sent. */
    Respondent respondent(String token, HttpHeaders headers) {
        return new Respondent(id, token, headers == null ? null : headers.getHeaderString(BROWSER_KEY));
    }
}
