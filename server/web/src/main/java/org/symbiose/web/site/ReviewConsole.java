package org.symbiose.web.site;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.symbiose.api.content.ContentException;
import org.symbiose.api.content.Item;
import org.symbiose.api.content.ItemEdit;
import org.symbiose.core.Refusal;
import org.symbiose.core.content.JpaContentStore;
import org.symbiose.core.moderation.ReviewEntry;
import org.symbiose.core.moderation.ReviewQueue;
import org.symbiose.core.moderation.Reviewed;

/**
 * The moderation console's review queue: what waits, filtered by the request's parameters, with
 * the item itself; claims, decisions, and corrections approved in one step. Each decision names
 * the entry's version as shown, so a moderator acting on an entry another one has just decided,
 * or holds, is told so instead of deciding twice.
 *
 * <p>The filter is read from the request itself when the bean is made, from the address or from
 * the form's hidden copies of it: view parameters reach the bean only after the table has found
 * the clicked row, which would then be a row of the unfiltered queue.
 */
@Named
@RequestScoped
public class ReviewConsole {

    private static final int SHOWN = 50;

    /** An author id no member has: the filter names someone who does not exist, so nothing is theirs. */
    private static final Long NO_ONE = 0L;

    /** The ages the filter offers, as ISO-8601 durations. */
    private static final List<String> AGES = List.of("PT1H", "P1D", "P7D");

    /** A moderator's correction of an item before approving it. */
    public static class Correction {
        private String title;
        private String body;

        Correction(Item item) {
            title = item == null ? "" : item.title();
            body = item == null ? "" : item.body();
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getBody() {
            return body;
        }

        public void setBody(String body) {
            this.body = body;
        }
    }

    /**
     * An entry a bulk decision left undecided.
     *
     * @param entryId the entry
     * @param title   its item's title as shown, or null
     * @param reason  why, in the page's language when known
     */
    public record Failure(long entryId, String title, String reason) {
    }

    @Inject
    private ReviewQueue queue;

    @Inject
    private JpaContentStore store;

    @Inject
    private Visitor visitor;

    @Inject
    private Feedback feedback;

    @Inject
    private Clock clock;

    @Inject
    private FacesContext faces;

    @Inject
    private AuthorFilter authors;

    private List<Reviewed> waiting;
    private Map<Long, Item> items;
    private final Map<Long, Correction> corrections = new HashMap<>();
    private List<Failure> failures = List.of();
    private String note;
    private String cause;
    private String plugin;
    private String author;
    private AuthorFilter.Choice authorChoice;
    private String typedAuthor;
    private String older;
    private String newer;

    @PostConstruct
    void readFilter() {
        Map<String, String> parameters = faces.getExternalContext().getRequestParameterMap();
        cause = parameters.get("cause");
        plugin = parameters.get("plugin");
        author = parameters.get("author");
        authorChoice = authors.resolve(author);
        older = parameters.get("older");
        newer = parameters.get("newer");
    }

    public List<Reviewed> getWaiting() {
        if (waiting == null) {
            waiting = queue.waiting(filter(), 0, SHOWN);
            items = store.findAll(waiting.stream().map(Reviewed::itemId).toList()).stream()
                    .collect(Collectors.toMap(Item::id, Function.identity()));
        }
        return waiting;
    }

    public long getSize() {
        return queue.size();
    }

    /** The item an entry is about, or null if it is gone. */
    public Item item(long itemId) {
        getWaiting();
        return items.get(itemId);
    }

    /** The correction form of an entry's item, filled with its text. */
    public Correction correction(long itemId) {
        return corrections.computeIfAbsent(itemId, id -> new Correction(item(id)));
    }

    public boolean mine(Reviewed entry) {
        return entry.claimedBy() != null && visitor.isSignedIn() && entry.claimedBy().equals(visitor.getMember().getId());
    }

    public List<ReviewEntry.Cause> getCauses() {
        return List.of(ReviewEntry.Cause.values());
    }

    public List<String> getAges() {
        return AGES;
    }

    public void decide(long entryId, long version, String decision) {
        act(() -> queue.decide(entryId, version, me(), ReviewEntry.Decision.valueOf(decision), note),
                "console.decided." + decision);
    }

    public void editAndApprove(long entryId, long itemId, long version) {
        Correction correction = correction(itemId);
        act(() -> queue.decide(entryId, version, me(), ReviewEntry.Decision.APPROVE, note,
                new ItemEdit(correction.getTitle(), correction.getBody(), null, null)), "console.decided.EDITED");
    }

    /**
     * Decides the ticked entries at once, each on its own as the queue decides one at a time (its
     * own transaction): an entry another moderator holds, or that changed since the page was shown,
     * is listed with why and the others are decided. A ticked box names the entry and the version shown.
     */
    public void decideSelected(String decision) {
        if (!visitor.isModerator()) {
            feedback.page(FacesMessage.SEVERITY_ERROR, "console.refused");
            return;
        }
        Map<Long, Long> selected = selected();
        if (selected == null || selected.isEmpty() || selected.size() > SHOWN) {
            feedback.page(FacesMessage.SEVERITY_ERROR, "console.selectEntries", SHOWN);
            return;
        }
        Map<Long, String> titles = new HashMap<>();
        for (Reviewed entry : getWaiting()) {
            Item item = items.get(entry.itemId());
            titles.put(entry.id(), item == null ? null : item.title());
        }
        List<Failure> failed = new ArrayList<>();
        selected.forEach((entryId, version) -> {
            try {
                queue.decide(entryId, version, me(), ReviewEntry.Decision.valueOf(decision), note);
            } catch (Refusal refused) {
                failed.add(new Failure(entryId, titles.get(entryId), feedback.reason(refused, "console.refusal.")));
            } catch (ContentException refused) {
                failed.add(new Failure(entryId, titles.get(entryId), refused.getMessage()));
            }
        });
        feedback.page(failed.isEmpty() ? FacesMessage.SEVERITY_INFO : FacesMessage.SEVERITY_WARN, "console.decidedSelected",
                selected.size() - failed.size(), selected.size());
        failures = failed;
        note = null;
        waiting = null;
        corrections.clear();
    }

    /** The ticked entries' ids and versions as shown, in order; null when one does not read. */
    private Map<Long, Long> selected() {
        String[] ticked = faces.getExternalContext().getRequestParameterValuesMap().get("selected");
        Map<Long, Long> selected = new LinkedHashMap<>();
        for (String value : ticked == null ? new String[0] : ticked) {
            String[] parts = value.split(":", 2);
            Long entryId = ConsoleParameters.id(parts[0]);
            try {
                long version = Long.parseLong(parts[parts.length - 1].strip());
                if (entryId == null || parts.length != 2 || version < 0) {
                    return null;
                }
                selected.put(entryId, version);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return selected;
    }

    /** What the last bulk decision left undecided, and why. */
    public List<Failure> getFailures() {
        return failures;
    }

    public void claim(long entryId) {
        act(() -> queue.claim(entryId, me()), "console.claimed");
    }

    public void release(long entryId) {
        act(() -> queue.release(entryId, me()), "console.released");
    }

    /** Does one action; the role is checked again, as a form can be posted without its page. */
    private void act(Runnable action, String done) {
        if (!visitor.isModerator()) {
            feedback.page(FacesMessage.SEVERITY_ERROR, "console.refused");
            return;
        }
        try {
            action.run();
            feedback.page(FacesMessage.SEVERITY_INFO, done);
        } catch (Refusal | ContentException refused) {
            feedback.error("console.conflict", refused.getMessage());
        }
        // the reason was for this action only
        note = null;
        waiting = null;
        corrections.clear();
    }

    private long me() {
        return visitor.getMember().getId();
    }

    private ReviewQueue.Filter filter() {
        Instant now = clock.instant();
        return new ReviewQueue.Filter(cause(), plugin == null || plugin.isBlank() ? null : plugin.strip(),
                authorChoice.id() == null && authorChoice.filters() ? NO_ONE : authorChoice.id(), age(older, now),
                age(newer, now));
    }

    private ReviewEntry.Cause cause() {
        return getCauses().stream().filter(known -> known.name().equals(cause)).findFirst().orElse(null);
    }

    /** The moment an age offered by the filter points to; anything else does not filter. */
    private static Instant age(String age, Instant now) {
        return age != null && AGES.contains(age) ? now.minus(Duration.parse(age)) : null;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getCause() {
        return cause;
    }


    public String getPlugin() {
        return plugin;
    }


    public String getAuthor() {
        return author;
    }

    /** The author filter as the field shows it: "Name (#id)" for a member found, else as typed. */
    public String getAuthorName() {
        return authorChoice.label();
    }

    public void setAuthorName(String typed) {
        this.typedAuthor = typed;
    }

    /** Why the author filter names no one, as a message key, or null. */
    public String getAuthorProblem() {
        return authorChoice.problem();
    }

    /**
     * The filter form's button: back to the queue with the filter in the address, the author as
     * the id of the member meant (or as typed, to say that no one is), so that it can be shared and
     * reloaded.
     */
    public String applyFilter() throws IOException {
        AuthorFilter.Choice chosen = authors.resolve(typedAuthor);
        Map<String, String> address = new LinkedHashMap<>();
        address.put("cause", cause);
        address.put("plugin", plugin);
        address.put("author", chosen.id() != null ? String.valueOf(chosen.id()) : chosen.label());
        address.put("older", older);
        address.put("newer", newer);
        String query = address.entrySet().stream().filter(entry -> entry.getValue() != null && !entry.getValue().isBlank())
                .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + "/console/index.xhtml"
                + (query.isEmpty() ? "" : "?" + query));
        faces.responseComplete();
        return null;
    }


    public String getOlder() {
        return older;
    }


    public String getNewer() {
        return newer;
    }

}
