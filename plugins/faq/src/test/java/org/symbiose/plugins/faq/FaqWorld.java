package org.symbiose.plugins.faq;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.symbiose.api.member.AccountState;
import org.symbiose.api.member.MemberInfo;
import org.symbiose.api.member.MemberRef;
import org.symbiose.api.member.Permissions;
import org.symbiose.api.member.Role;
import org.symbiose.api.notification.Notifications;
import org.symbiose.api.setting.Settings;
import org.symbiose.api.testing.InMemoryContentStore;
import org.symbiose.api.testing.InMemoryMembers;
import org.symbiose.api.testing.InMemoryPluginData;
import org.symbiose.api.testing.SettableClock;
import org.symbiose.api.testing.Wiring;
import org.symbiose.plugins.faq.entry.Entries;
import org.symbiose.plugins.faq.entry.EntryType;
import org.symbiose.plugins.faq.freshness.FaqSettings;
import org.symbiose.plugins.faq.freshness.Freshness;
import org.symbiose.plugins.faq.helpful.HelpfulVotes;
import org.symbiose.plugins.faq.promote.FaqPromotion;
import org.symbiose.plugins.faq.search.EntrySearch;
import org.symbiose.plugins.faq.section.Sections;

/**
 * The FAQ's components on the API's in-memory fakes, wired as Declarative Services would: an
 * editor (community manager), a writer (moderator), a reader and a French-speaking forum author.
 */
public final class FaqWorld {

    public static final long EDITOR = 1;
    public static final long WRITER = 2;
    public static final long READER = 3;
    public static final long AUTHOR = 4;

    /** One notification sent. */
    public record Notice(long memberId, String kind, Long itemId, String text) {
    }

    public final SettableClock clock = new SettableClock(Instant.parse("2026-01-10T10:00:00Z"));
    public final InMemoryPluginData data = new InMemoryPluginData(clock);
    public final InMemoryContentStore store = new InMemoryContentStore(clock, data, Set.of(EntryType.KEY));
    public final InMemoryMembers members = new InMemoryMembers();
    public final List<Notice> notices = new ArrayList<>();
    public final Sections sections = new Sections();
    public final Entries entries = new Entries();
    public final HelpfulVotes votes = new HelpfulVotes();
    public final Freshness freshness = new Freshness();
    public final FaqPromotion promotion = new FaqPromotion();
    public final EntrySearch search = new EntrySearch();
    private final List<Object> all;

    public FaqWorld() {
        member(EDITOR, Role.COMMUNITY_MANAGER);
        member(WRITER, Role.MODERATOR);
        member(READER, Role.MEMBER);
        member(AUTHOR, Role.MEMBER);
        Permissions permissions = (memberId, permission) -> members.find(memberId).map(m -> m.role()
                .includes(permission.equals(FaqRights.PUBLISH) ? Role.COMMUNITY_MANAGER : Role.MODERATOR)).orElse(false);
        Notifications notifications = (memberId, kind, itemId, actorId, text) -> notices.add(
                new Notice(memberId, kind, itemId, text));
        Settings settings = key -> Map.of("faq.review-months", "6").get(key);
        FaqRights rights = new FaqRights();
        FaqSettings faqSettings = new FaqSettings();
        all = List.of(clock, data, store, members, permissions, notifications, settings, rights,
                faqSettings, sections, entries, votes, freshness, promotion, search);
        for (Object component : all) {
            Wiring.wire(component, all);
        }
    }

    /** {@code component} (a page's model, say) wired to this world's services. */
    public <T> T wire(T component) {
        return Wiring.wire(component, all);
    }

    private void member(long id, Role role) {
        members.add(new MemberInfo(new MemberRef(id, "Member " + id), role, AccountState.ACTIVE, clock.instant()));
    }
}
