package org.symbiose.plugins.blog.wxr;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.symbiose.api.member.MemberDirectory;
import org.symbiose.api.member.MemberInfo;

/**
 * Who each WordPress author becomes: the member with their e-mail address, else the member with their display
 * name or login, else a guest author (their posts are the importing administrator's, shown under the guest's
 * name). No account is created for a guest: they never agreed to join, and a member can be matched by importing
 * again once they have.
 */
final class AuthorMatching {

    /** Whom an author's posts are written by. */
    record Author(Long memberId, String name) {
        boolean guest() {
            return memberId == null;
        }
    }

    private final Map<String, Author> byLogin = new HashMap<>();
    private final Map<String, Author> byEmail = new HashMap<>();

    AuthorMatching(WordPressExport export, MemberDirectory members, ImportReport report) {
        for (WxrAuthor author : export.authors()) {
            Optional<MemberInfo> member = members.byEmail(author.email());
            String how = "email";
            if (member.isEmpty()) {
                member = members.byDisplayName(author.displayName()).or(() -> members.byDisplayName(author.login()));
                how = "name";
            }
            Author matched = new Author(member.map(m -> m.ref().id()).orElse(null), member.map(m -> m.ref().displayName())
                    .orElse(author.displayName()));
            byLogin.put(author.login(), matched);
            if (!author.email().isBlank()) {
                byEmail.put(author.email().strip().toLowerCase(java.util.Locale.ROOT), matched);
            }
            report.author(new ImportProgress.AuthorMatch(author.login(), author.displayName(),
                    member.isPresent() ? how : "guest", matched.memberId()));
        }
    }

    /** The author of an item, by its creator's login; a login the export does not list is a guest of that name. */
    Author of(String login) {
        return byLogin.getOrDefault(login, new Author(null, login == null || login.isBlank() ? "WordPress" : login));
    }

    /**
     * The member who wrote a comment: only a site author signed in on WordPress (a visitor's e-mail was never
     * checked, so it names nobody); null for a guest.
     */
    Long commenter(WxrComment comment) {
        if (!comment.bySiteUser() || comment.authorEmail().isBlank()) {
            return null;
        }
        Author author = byEmail.get(comment.authorEmail().strip().toLowerCase(java.util.Locale.ROOT));
        return author == null ? null : author.memberId();
    }
}
