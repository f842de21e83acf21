package org.symbiose.api.rest;

import java.util.Objects;

/**
 * One thing wrong with one field of a request, among the {@link ProblemException#errors()} of a
 * refusal: answered as {@code {"field", "code", "message"}} inside the problem's {@code errors}.
 *
 * @param field   the request field at fault: its name, a dotted path, or the id of what the body
 *                describes (a question of a form)
 * @param code    why, as a stable key clients may switch on ({@code required}, {@code too-long}),
 *                or null when the message says all
 * @param message why, for people, in the caller's language when the endpoint knows it
 * @since 1.2
 */
public record FieldProblem(String field, String code, String message) {

    public FieldProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
