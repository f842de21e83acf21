package org.symbiose.web.rest.problem;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.symbiose.api.content.ContentLimitException;
import org.symbiose.api.content.DeletionRefusedException;
import org.symbiose.api.content.InvalidItemException;
import org.symbiose.api.content.ItemNotFoundException;
import org.symbiose.api.content.ReadOnlyItemException;
import org.symbiose.api.content.StaleItemException;
import org.symbiose.api.file.FileRefusedException;
import org.symbiose.api.rest.ProblemException;
import org.symbiose.api.rest.ProblemType;
import org.symbiose.api.search.QueryRejectedException;
import org.symbiose.core.Refusal;
import org.symbiose.core.plugin.PluginException;

/**
 * Turns every exception that leaves a resource into a problem+json answer. Known refusals map to
 * their 4xx; anything else is a 500 whose detail names an incident id that is also in the log.
 */
@Provider
public class ErrorResponses implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ErrorResponses.class.getName());

    @Override
    public Response toResponse(Throwable thrown) {
        Problem known = problemOf(thrown);
        if (known != null) {
            return withHeaders(known.response(), thrown);
        }
        if (thrown instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            return withHeaders(Problem.of(ProblemType.ofStatus(status), web.getMessage()).response(), thrown);
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Incident " + incident, thrown);
        return Problem.of(ProblemType.INTERNAL, "Unexpected error; incident " + incident).response();
    }

    /**
     * The problem an exception or one of its causes stands for, or null when it says nothing a
     * client can act on; for answers that report several outcomes at once.
     */
    public static Problem problemOf(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            Problem known = known(cause);
            if (known != null) {
                return known;
            }
        }
        return null;
    }

    /** The problem an exception stands for, or null when it says nothing a client can act on. */
    private static Problem known(Throwable e) {
        if (unreadableHeader(e)) {
            return Problem.of(ProblemType.BAD_REQUEST, firstLine(e));
        }
        return switch (e) {
            case JsonbException json -> Problem.of(ProblemType.MALFORMED_BODY, firstLine(json));
            case JsonParsingException json -> Problem.of(ProblemType.MALFORMED_BODY, firstLine(json));
            case ItemNotFoundException notFound -> Problem.of(ProblemType.NOT_FOUND, notFound.getMessage());
            case StaleItemException stale -> Problem.of(ProblemType.STALE_VERSION, stale.getMessage());
            case DeletionRefusedException refused -> Problem.of(ProblemType.CONFLICT, refused.getMessage());
            case ReadOnlyItemException readOnly -> Problem.of(ProblemType.CONFLICT, readOnly.getMessage());
            case OptimisticLockException race ->
                    Problem.of(ProblemType.STALE_VERSION, "Someone else changed it at the same time; read it again");
            case ContentLimitException limit -> Problem.of(ProblemType.LIMIT_EXCEEDED, limit.getMessage())
                    .withErrors(List.of(new Problem.FieldError(limit.field(), limit.getMessage())));
            case InvalidItemException invalid -> Problem.of(ProblemType.VALIDATION, invalid.getMessage())
                    .withErrors(List.of(new Problem.FieldError(invalid.field(), invalid.getMessage())));
            case Refusal refusal -> refusal(refusal);
            case PluginException plugin -> plugin.kind() == PluginException.Kind.NOT_FOUND
                    ? Problem.of(ProblemType.NOT_FOUND, plugin.getMessage())
                    : Problem.of(ProblemType.VALIDATION, plugin.getMessage());
            case ProblemException decided -> Problem.of(decided);
            case QueryRejectedException query -> Problem.of(ProblemType.BAD_QUERY, query.getMessage());
            case FileRefusedException file -> fileRefusal(file);
            default -> null;
        };
    }

    /**
     * A request header the JAX-RS runtime cannot parse (an {@code If-None-Match} that is no list
     * of entity tags, read by {@code Request.evaluatePreconditions}): the client's mistake. The
     * runtime's exception is not part of the JAX-RS API, hence its name.
     */
    private static boolean unreadableHeader(Throwable e) {
        return e.getClass().getName().equals("org.glassfish.jersey.message.internal.HeaderValueException")
                && e.getMessage() != null && e.getMessage().startsWith("Unable to parse");
    }

    private static Problem refusal(Refusal e) {
        Problem problem = switch (e.kind()) {
            case NOT_FOUND -> Problem.of(ProblemType.NOT_FOUND, e.getMessage());
            case CONFLICT -> Problem.of(ProblemType.CONFLICT, e.getMessage());
            case INVALID -> Problem.of(ProblemType.VALIDATION, e.getMessage());
        };
        return e.field() == null ? problem : problem.withErrors(List.of(new Problem.FieldError(e.field(), e.getMessage())));
    }

    private static Problem fileRefusal(FileRefusedException e) {
        return switch (e.reason()) {
            case TOO_LARGE -> Problem.of(ProblemType.PAYLOAD_TOO_LARGE, e.getMessage());
            case TYPE_NOT_ALLOWED -> Problem.of(ProblemType.UNSUPPORTED_MEDIA_TYPE, e.getMessage());
            case BAD_NAME -> Problem.of(ProblemType.VALIDATION, e.getMessage())
                    .withErrors(List.of(new Problem.FieldError("name", e.getMessage())));
            case QUOTA_EXCEEDED -> Problem.of(ProblemType.TOO_MANY_REQUESTS, e.getMessage());
            case NOT_FOUND -> Problem.of(ProblemType.NOT_FOUND, e.getMessage());
            case FORBIDDEN -> Problem.of(ProblemType.FORBIDDEN, e.getMessage());
        };
    }

    /** Keeps what the client needs from the original answer, such as {@code Allow} on a 405. */
    private static Response withHeaders(Response problem, Throwable thrown) {
        if (!(thrown instanceof WebApplicationException web)) {
            return problem;
        }
        Response.ResponseBuilder builder = Response.fromResponse(problem);
        web.getResponse().getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type") && !name.equalsIgnoreCase("Content-Length")) {
                values.forEach(value -> builder.header(name, value));
            }
        });
        return builder.build();
    }

    private static String firstLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
