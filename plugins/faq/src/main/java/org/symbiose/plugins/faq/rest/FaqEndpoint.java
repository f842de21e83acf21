package org.symbiose.plugins.faq.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.security.Principal;
import java.security.SecureRandom;
import java.util.Base64;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.content.Revision;
import org.symbiose.api.rest.Page;
import org.symbiose.api.rest.ProblemException;
import org.symbiose.api.rest.ProblemType;
import org.symbiose.api.rest.Versions;
import org.symbiose.plugins.faq.entry.Entries;
import org.symbiose.plugins.faq.entry.Entry;
import org.symbiose.plugins.faq.entry.EntryInput;
import org.symbiose.plugins.faq.entry.EntryList;
import org.symbiose.plugins.faq.entry.EntryState;
import org.symbiose.plugins.faq.freshness.Freshness;
import org.symbiose.plugins.faq.freshness.StaleEntry;
import org.symbiose.plugins.faq.helpful.HelpfulVotes;
import org.symbiose.plugins.faq.helpful.Helpfulness;
import org.symbiose.plugins.faq.helpful.PrivateComment;
import org.symbiose.plugins.faq.helpful.VoteInput;
import org.symbiose.plugins.faq.helpful.Voter;
import org.symbiose.plugins.faq.section.Section;
import org.symbiose.plugins.faq.section.SectionInput;
import org.symbiose.plugins.faq.section.Sections;
import org.symbiose.spi.rest.RestEndpoint;

/**
 * The FAQ over REST, under {@code /api/v1/faq/}: sections, entries with their workflow,
 * revisions and translations, votes, private comments and the freshness list. Reading published
 * entries is open (what a viewer may not read answers 404); writing needs a member, and the
 * services check each rule before writing anything. Lists are {@link Page}s; single resources
 * carry an {@code ETag}, and updates take {@code If-Match} (or a {@code version} field).
 */
@Component(service = RestEndpoint.class)
@Produces(MediaType.APPLICATION_JSON)
public class FaqEndpoint implements RestEndpoint {

    private static final String ID = "{id: [0-9]+}";
    private static final int DEFAULT_LIMIT = 20;
    private static final SecureRandom TOKENS = new SecureRandom();

    @Reference
    private Sections sections;

    @Reference
    private Entries entries;

    @Reference
    private HelpfulVotes votes;

    @Reference
    private Freshness freshness;

    // sections

    /** Every section, depth first in the manual order (a tree as one page; {@code depth} gives the level). */
    @GET
    @Path("sections")
    @PermitAll
    public Page<Section> sections() {
        return Page.of(sections.tree());
    }

    @POST
    @Path("sections")
    @RolesAllowed("member")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createSection(SectionInput input, @Context SecurityContext security) {
        Section section = sections.create(input, member(security));
        return created(section, section.version());
    }

    @GET
    @Path("sections/" + ID)
    @PermitAll
    public Response section(@PathParam("id") long id, @Context Request request) {
        Section section = sections.require(id);
        return Versions.read(request, section.version(), () -> section);
    }

    /** Changes titles, position or parent ({@code 0}: the top); a parent inside the section itself is a 409. */
    @PATCH
    @Path("sections/" + ID)
    @RolesAllowed("member")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response editSection(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, SectionInput input,
            @Context SecurityContext security) {
        long version = Versions.expected(ifMatch, input == null ? null : input.version);
        Section section = sections.edit(id, version, input, member(security));
        return Response.ok(section).tag(Versions.tag(section.version())).build();
    }

    /** A section's published entries in the manual order, in one language ({@code fr}, {@code en}) or both. */
    @GET
    @Path("sections/" + ID + "/entries")
    @PermitAll
    public Page<Entry> sectionEntries(@PathParam("id") long id, @QueryParam("language") String language) {
        return Page.of(entries.inSection(id, language));
    }

    // entries

    /** Entries newest first: published ones ({@code state} absent), or DRAFT / IN_REVIEW for writers. */
    @GET
    @Path("entries")
    @PermitAll
    public Page<Entry> entries(@QueryParam("state") String state, @QueryParam("language") String language,
            @QueryParam("before") String before, @QueryParam("limit") String limit, @Context UriInfo uri,
            @Context SecurityContext security) {
        EntryList list = entries.list(state(state), language, cursor(before), limit(limit), viewer(security));
        return Page.of(list.items(), uri, Page.BEFORE, list.next());
    }

    @POST
    @Path("entries")
    @RolesAllowed("member")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createEntry(EntryInput input, @Context SecurityContext security) {
        Entry entry = entries.create(input, member(security));
        return created(entry, entry.version());
    }

    /** An entry with its translation (null: none, the page says so), its votes and the caller's vote. */
    @GET
    @Path("entries/" + ID)
    @PermitAll
    public Response entry(@PathParam("id") long id, @CookieParam(Voter.COOKIE) String browser,
            @Context Request request, @Context SecurityContext security) {
        Long viewer = viewer(security);
        Entry entry = entries.require(id, viewer);
        Boolean mine = viewer != null || validToken(browser) ? votes.voteOf(id, new Voter(viewer, browser)) : null;
        EntryView view = new EntryView(entry, entries.translation(entry, viewer), votes.counts(id), mine);
        return Versions.read(request, Versions.tagOf(view), () -> view);
    }

    /** Changes an entry, its state included (DRAFT, IN_REVIEW; PUBLISHED for editors). */
    @PATCH
    @Path("entries/" + ID)
    @RolesAllowed("member")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response editEntry(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, EntryInput input,
            @Context SecurityContext security) {
        long version = Versions.expected(ifMatch, input == null ? null : input.version);
        return updated(entries.edit(id, version, input, member(security)));
    }

    @GET
    @Path("entries/" + ID + "/revisions")
    @RolesAllowed("member")
    public Page<Revision> revisions(@PathParam("id") long id, @Context SecurityContext security) {
        return Page.of(entries.revisions(id, member(security)));
    }

    @POST
    @Path("entries/" + ID + "/revisions/{version: [0-9]+}/restore")
    @RolesAllowed("member")
    public Response restore(@PathParam("id") long id, @PathParam("version") long revision,
            @HeaderParam("If-Match") String ifMatch, @QueryParam("version") Long version,
            @Context SecurityContext security) {
        return updated(entries.restore(id, Versions.expected(ifMatch, version), revision, member(security)));
    }

    /** Links an entry in the other language as this one's translation (both ways); same language: 422. */
    @PUT
    @Path("entries/" + ID + "/translation")
    @RolesAllowed("member")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response link(@PathParam("id") long id, TranslationInput input, @Context SecurityContext security) {
        if (input == null || input.entryId == null) {
            throw new ProblemException(ProblemType.VALIDATION, "entryId", "Name the entry to link");
        }
        return updated(entries.link(id, input.entryId, member(security)));
    }

    @DELETE
    @Path("entries/" + ID + "/translation")
    @RolesAllowed("member")
    public Response unlink(@PathParam("id") long id, @Context SecurityContext security) {
        return updated(entries.unlink(id, member(security)));
    }

    /** Marks a published entry as checked today (its owner or an editor): it leaves the freshness list. */
    @POST
    @Path("entries/" + ID + "/reviewed")
    @RolesAllowed("member")
    public Response reviewed(@PathParam("id") long id, @Context SecurityContext security) {
        return updated(entries.markReviewed(id, member(security)));
    }

    // "was this helpful?"

    /**
     * A vote, once per member or per browser: a visitor without the {@value Voter#COOKIE} cookie gets
     * one with the answer. A second vote is a 409.
     */
    @POST
    @Path("entries/" + ID + "/votes")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    public Response vote(@PathParam("id") long id, @CookieParam(Voter.COOKIE) String browser, VoteInput input,
            @Context SecurityContext security) {
        Long viewer = viewer(security);
        String token = viewer != null || validToken(browser) ? browser : newToken();
        Helpfulness counts = votes.vote(id, input, viewer != null ? new Voter(viewer, null) : new Voter(null, token));
        Response.ResponseBuilder answer = Response.ok(counts);
        if (viewer == null && !token.equals(browser)) {
            answer.cookie(new NewCookie.Builder(Voter.COOKIE).value(token).path("/").maxAge(365 * 24 * 3600)
                    .httpOnly(true).sameSite(NewCookie.SameSite.LAX).build());
        }
        return answer.build();
    }

    /** The private comments readers left with their votes: the entry's owner and community managers. */
    @GET
    @Path("entries/" + ID + "/comments")
    @RolesAllowed("member")
    public Page<PrivateComment> comments(@PathParam("id") long id, @Context SecurityContext security) {
        return Page.of(votes.comments(id, member(security)));
    }

    // freshness

    /** Entries to look at: unreviewed for the review period or found unhelpful; most "no" votes first. */
    @GET
    @Path("freshness")
    @RolesAllowed("member")
    public Page<StaleEntry> freshness(@Context SecurityContext security) {
        return Page.of(freshness.list(member(security)));
    }

    private static Response created(Object entity, long version) {
        return Response.status(Response.Status.CREATED).tag(Versions.tag(version)).entity(entity).build();
    }

    private static Response updated(Entry entry) {
        return Response.ok(entry).tag(Versions.tag(entry.version())).build();
    }

    private static Long viewer(SecurityContext security) {
        Principal principal = security == null ? null : security.getUserPrincipal();
        return principal == null ? null : Long.valueOf(principal.getName());
    }

    private static long member(SecurityContext security) {
        Long id = viewer(security);
        if (id == null) {
            throw new ProblemException(ProblemType.UNAUTHORIZED, "Sign in first");
        }
        return id;
    }

    private static boolean validToken(String browser) {
        return browser != null && browser.matches("[A-Za-z0-9_-]{16,64}");
    }

    private static String newToken() {
        byte[] bytes = new byte[24];
        TOKENS.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static EntryState state(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return EntryState.valueOf(raw.strip());
        } catch (IllegalArgumentException e) {
            throw new ProblemException(ProblemType.VALIDATION, "state", "A state is DRAFT, IN_REVIEW or PUBLISHED");
        }
    }

    private static int limit(String raw) {
        return raw == null || raw.isBlank() ? DEFAULT_LIMIT : (int) number(raw, "limit", 1, 100);
    }

    private static Long cursor(String raw) {
        return raw == null || raw.isBlank() ? null : number(raw, "before", 1, Long.MAX_VALUE);
    }

    private static long number(String raw, String field, long min, long max) {
        try {
            long value = Long.parseLong(raw.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // refused below with any other value out of range
        }
        throw new ProblemException(ProblemType.VALIDATION, field, field + " is a whole number from " + min + " to " + max);
    }
}
