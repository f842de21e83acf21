package org.symbiose.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.symbiose.api.rest.Page;
import org.symbiose.core.task.ServerSchedule;
import org.symbiose.core.task.TaskState;

/** Administrators watching the cluster's scheduled work: each task's last run, its node, and when it is due. */
@Path("admin/tasks")
@RequestScoped
@RolesAllowed("administrator")
@Produces(MediaType.APPLICATION_JSON)
public class AdminTasksResource {

    @Inject
    private ServerSchedule schedule;

    @GET
    @Operation(summary = "Scheduled tasks of the cluster, by name: period, runs so far, last run and its node, last"
            + " error, next due time, and the node holding it now")
    public Page<TaskState> list() {
        return Page.of(schedule.tasks());
    }
}
