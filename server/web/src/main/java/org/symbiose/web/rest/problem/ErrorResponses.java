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
            return withHeaders(ProblemType.ofStatus(status).problem(web.getMessage()).response(), thrown);
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Incident " + incident, thrown);
        return ProblemType.INTERNAL.response("Unexpected error; incident " + incident);
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
        return switch (e) {
            case JsonbException json -> ProblemType.MALFORMED_BODY.problem(firstLine(json));
            case JsonParsingException json -> ProblemType.MALFORMED_BODY.problem(firstLine(json));
            case ItemNotFoundException notFound -> ProblemType.NOT_FOUND.problem(notFound.getMessage());
            case StaleItemException stale -> ProblemType.STALE_VERSION.problem(stale.getMessage());
            case DeletionRefusedException refused -> ProblemType.CONFLICT.problem(refused.getMessage());
            case ReadOnlyItemException readOnly -> ProblemType.CONFLICT.problem(readOnly.getMessage());
            case OptimisticLockException race ->
                    ProblemType.STALE_VERSION.problem("Someone else changed it at the same time; read it again");
            case ContentLimitException limit -> ProblemType.LIMIT_EXCEEDED.problem(limit.getMessage())
                    .withErrors(List.of(new Problem.FieldError(limit.field(), limit.getMessage())));
            case InvalidItemException invalid -> ProblemType.VALIDATION.problem(invalid.getMessage())
                    .withErrors(List.of(new Problem.FieldError(invalid.field(), invalid.getMessage())));
            case Refusal refusal -> refusal(refusal);
            case PluginException plugin -> plugin.kind() == PluginException.Kind.NOT_FOUND
                    ? ProblemType.NOT_FOUND.problem(plugin.getMessage())
                    : ProblemType.VALIDATION.problem(plugin.getMessage());
            case ClientError client -> client.problem();
            case QueryRejectedException query -> ProblemType.BAD_QUERY.problem(query.getMessage());
            case FileRefusedException file -> fileRefusal(file);
            default -> null;
        };
    }

    private static Problem refusal(Refusal e) {
        Problem problem = switch (e.kind()) {
            case NOT_FOUND -> ProblemType.NOT_FOUND.problem(e.getMessage());
            case CONFLICT -> ProblemType.CONFLICT.problem(e.getMessage());
            case INVALID -> ProblemType.VALIDATION.problem(e.getMessage());
        };
        return e.field() == null ? problem : problem.withErrors(List.of(new Problem.FieldError(e.field(), e.getMessage())));
    }

    private static Problem fileRefusal(FileRefusedException e) {
        return switch (e.reason()) {
            case TOO_LARGE -> ProblemType.PAYLOAD_TOO_LARGE.problem(e.getMessage());
            case TYPE_NOT_ALLOWED -> ProblemType.UNSUPPORTED_MEDIA_TYPE.problem(e.getMessage());
            case BAD_NAME -> ProblemType.VALIDATION.problem(e.getMessage())
                    .withErrors(List.of(new Problem.FieldError("name", e.getMessage())));
            case QUOTA_EXCEEDED -> ProblemType.TOO_MANY_REQUESTS.problem(e.getMessage());
            case NOT_FOUND -> ProblemType.NOT_FOUND.problem(e.getMessage());
            case FORBIDDEN -> ProblemType.FORBIDDEN.problem(e.getMessage());
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
