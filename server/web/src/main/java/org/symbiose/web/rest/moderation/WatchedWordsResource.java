package org.symbiose.web.rest.moderation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.symbiose.api.rest.Page;
import org.symbiose.api.rest.ProblemException;
import org.symbiose.api.rest.ProblemType;
import org.symbiose.core.moderation.WatchedRule;
import org.symbiose.core.moderation.WatchedWord;
import org.symbiose.core.moderation.WatchedWords;
import org.symbiose.web.security.CurrentMember;

/** Watched words: what blocks a post, holds it for review, or is censored in it. */
@Path("moderation/watched-words")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WatchedWordsResource {

    @Inject
    private CurrentMember current;

    @Inject
    private WatchedWords words;

    /** A new watched word. */
    public static class WordInput {
        @NotNull
        public String pattern;
        public boolean regex;
        @NotNull
        public WatchedWord.Action action;
        public String replacement;
    }

    /**
     * A watched word as listed.
     *
     * @param id          its id
     * @param pattern     the word or regular expression
     * @param regex       whether it is a regular expression
     * @param action      BLOCK, REVIEW or CENSOR
     * @param replacement what a censored match becomes
     */
    public record WordView(Long id, String pattern, boolean regex, WatchedWord.Action action, String replacement) {
        static WordView of(WatchedRule rule) {
            return new WordView(rule.id(), rule.pattern(), rule.regex(), rule.action(), rule.replacement());
        }
    }

    @GET
    @RolesAllowed("moderator")
    @Operation(summary = "The watched words")
    public Page<WordView> list() {
        return Page.of(words.rules().stream().map(WordView::of).toList());
    }

    @POST
    @RolesAllowed("community-manager")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Watch a word (whole word, any case or accents) or a regular expression")
    public Response add(@NotNull @Valid WordInput body) {
        return Response.status(Response.Status.CREATED)
                .entity(WordView.of(words.add(body.pattern, body.regex, body.action, body.replacement, me()))).build();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed("community-manager")
    @Operation(summary = "Stop watching a word")
    public Response remove(@PathParam("id") long id) {
        if (!words.remove(id, me())) {
            throw new ProblemException(ProblemType.NOT_FOUND, "No watched word " + id);
        }
        return Response.noContent().build();
    }

    private long me() {
        return current.caller().orElseThrow().id();
    }
}
