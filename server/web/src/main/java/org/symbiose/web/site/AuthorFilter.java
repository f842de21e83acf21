package org.symbiose.web.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.symbiose.core.member.Member;
import org.symbiose.core.member.Members;
import org.symbiose.core.moderation.MemberSearch;
import org.symbiose.core.moderation.MemberSummary;

/**
 * The review queue's author filter, by name: suggestions as a moderator types
 * ({@code #{authorFilter.suggest}}, from the core's member search), each one "Name (#id)" since
 * names are not unique; a choice such as that, a name as typed, or an id (older addresses) reads
 * back as the member it means.
 */
@Named
@RequestScoped
public class AuthorFilter {

    static final int SUGGESTIONS = 8;
    private static final Pattern PICKED = Pattern.compile("(?:.*\\(#)?(\\d+)\\)?\\s*");

    /**
     * What the filter's text means.
     *
     * @param id    the member, or null for no filter (nothing typed) or no one (see {@code problem})
     * @param label the text to show in the field
     * @param problem null, or the message key of why no member is meant: {@code console.author.unknown},
     *                {@code console.author.ambiguous}
     */
    public record Choice(Long id, String label, String problem) {

        static final Choice NONE = new Choice(null, "", null);

        /** Whether the queue is filtered: by a member, or to nothing when no one is meant. */
        public boolean filters() {
            return id != null || problem != null;
        }
    }

    @Inject
    private MemberSearch search;

    @Inject
    private Members members;

    @Inject
    private Visitor visitor;

    /** Members whose name or e-mail address holds {@code query}, as "Name (#id)"; none for a non-moderator. */
    public List<String> suggest(String query) {
        if (!visitor.isModerator() || query == null || query.isBlank() || query.strip().length() > 100) {
            return List.of();
        }
        return search.find(query, null, null, SUGGESTIONS).stream().map(AuthorFilter::label).toList();
    }

    /** The member {@code text} means. */
    public Choice resolve(String text) {
        if (text == null || text.isBlank()) {
            return Choice.NONE;
        }
        Matcher picked = PICKED.matcher(text.strip());
        if (picked.matches()) {
            Optional<Member> member = Optional.ofNullable(ConsoleParameters.id(picked.group(1))).flatMap(members::find);
            return member.map(m -> new Choice(m.getId(), label(m.getDisplayName(), m.getId()), null))
                    .orElseGet(() -> new Choice(null, text.strip(), "console.author.unknown"));
        }
        if (text.strip().length() > 100) {
            return new Choice(null, text.strip(), "console.author.unknown");
        }
        List<MemberSummary> named = search.find(text, null, null, SUGGESTIONS).stream()
                .filter(member -> member.displayName().equalsIgnoreCase(text.strip())).toList();
        if (named.size() == 1) {
            return new Choice(named.get(0).id(), label(named.get(0)), null);
        }
        return new Choice(null, text.strip(), named.isEmpty() ? "console.author.unknown" : "console.author.ambiguous");
    }

    private static String label(MemberSummary member) {
        return label(member.displayName(), member.id());
    }

    private static String label(String name, long id) {
        return name + " (#" + id + ")";
    }
}
