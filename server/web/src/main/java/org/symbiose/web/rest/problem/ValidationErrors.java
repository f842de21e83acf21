package org.symbiose.web.rest.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import java.util.stream.StreamSupport;
import org.symbiose.api.rest.ProblemType;

/**
 * Bean Validation failures as a 400 with one entry per field. This mapper is more specific than
 * the JAX-RS implementation's own, so it wins.
 */
@Provider
public class ValidationErrors implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        List<Problem.FieldError> errors = exception.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(field(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return Problem.of(ProblemType.VALIDATION, errors.size() + " invalid value(s)").withErrors(errors).response();
    }

    /**
     * The name a client knows: {@code register.body.email} becomes {@code email}. Code is compiled
     * with parameter names, and resources name their parameters as the API does ({@code limit},
     * and {@code body} for the request body).
     */
    private static String field(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = StreamSupport.stream(violation.getPropertyPath().spliterator(), false).toList();
        List<String> names = nodes.stream()
                .filter(n -> n.getKind() == ElementKind.PROPERTY
                        || n.getKind() == ElementKind.CONTAINER_ELEMENT)
                .map(n -> n.getIndex() != null ? n.getName() + "[" + n.getIndex() + "]" : n.getName())
                .filter(n -> n != null && !n.startsWith("<"))
                .toList();
        if (!names.isEmpty()) {
            return String.join(".", names);
        }
        return nodes.isEmpty() ? "body" : nodes.get(nodes.size() - 1).getName();
    }
}
