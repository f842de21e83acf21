package org.symbiose.plugins.ideas.rest;

import jakarta.ws.rs.Path;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.spi.rest.RestEndpoint;

/**
 * The suggestion boxes over REST, under {@code /api/v1/ideas/}. The core serves one endpoint per
 * plugin, so this one only routes each concern to its own class: boxes (with their workflow,
 * roadmap, similar ideas and export), a box's ideas, one idea (status, merge, subscription,
 * reactions), its votes and its comments. Errors are problem+json; single resources carry an ETag.
 */
@Component(service = RestEndpoint.class)
public class IdeasEndpoint implements RestEndpoint {

    static final String IDEA = "{idea: [0-9]+}";
    static final String BOX = "{box: [0-9]+}";

    @Reference
    private BoxResource boxes;

    @Reference
    private BoxIdeasResource boxIdeas;

    @Reference
    private IdeaResource idea;

    @Reference
    private VoteResource vote;

    @Reference
    private CommentResource comments;

    @Path("boxes")
    public BoxResource boxes() {
        return boxes;
    }

    @Path("boxes/" + BOX + "/ideas")
    public BoxIdeasResource boxIdeas() {
        return boxIdeas;
    }

    @Path(IDEA)
    public IdeaResource idea() {
        return idea;
    }

    @Path(IDEA + "/vote")
    public VoteResource vote() {
        return vote;
    }

    @Path(IDEA + "/comments")
    public CommentResource comments() {
        return comments;
    }
}
