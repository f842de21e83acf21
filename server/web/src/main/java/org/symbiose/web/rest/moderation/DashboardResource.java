package org.symbiose.web.rest.moderation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.symbiose.core.moderation.Dashboard;
import org.symbiose.web.rest.QueryValues;

/** The moderation dashboard's figures. */
@Path("moderation/dashboard")
@RequestScoped
@RolesAllowed("moderator")
@Produces(MediaType.APPLICATION_JSON)
public class DashboardResource {

    @Inject
    private Dashboard dashboard;

    @GET
    @Operation(summary = "Queue size, median time to decision, flags per day and reason, most flagged members, new members"
            + " per day, over the last days (1 to 365, 30 by default) or from one day to another (yyyy-mm-dd, UTC,"
            + " at most 366 days; to defaults to today)")
    public Dashboard.Figures figures(@QueryParam("days") String days, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        LocalDate first = QueryValues.date("from", from);
        LocalDate last = QueryValues.date("to", to);
        if (first == null && last == null) {
            long span = days == null || days.isBlank() ? 30 : QueryValues.number("days", days);
            if (span < 1 || span > 365) {
                throw QueryValues.invalid("days", "must be between 1 and 365");
            }
            return dashboard.figures((int) span);
        }
        if (days != null && !days.isBlank()) {
            throw QueryValues.invalid("days", "goes without from and to");
        }
        if (first == null) {
            throw QueryValues.invalid("from", "is required with to");
        }
        return dashboard.figures(first, last == null ? LocalDate.now(ZoneOffset.UTC) : last);
    }
}
