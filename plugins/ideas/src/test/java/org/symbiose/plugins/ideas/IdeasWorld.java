package org.symbiose.plugins.ideas;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.symbiose.api.member.AccountState;
import org.symbiose.api.member.MemberInfo;
import org.symbiose.api.member.MemberRef;
import org.symbiose.api.member.Permissions;
import org.symbiose.api.member.Role;
import org.symbiose.api.notification.Notifications;
import org.symbiose.api.testing.InMemoryCaches;
import org.symbiose.api.testing.InMemoryContentStore;
import org.symbiose.api.testing.InMemoryMembers;
import org.symbiose.api.testing.InMemoryPluginData;
import org.symbiose.api.testing.SettableClock;
import org.symbiose.plugins.ideas.box.Boxes;
import org.symbiose.plugins.ideas.idea.BoxListings;
import org.symbiose.plugins.ideas.idea.IdeaComments;
import org.symbiose.plugins.ideas.idea.IdeaType;
import org.symbiose.plugins.ideas.idea.Ideas;
import org.symbiose.plugins.ideas.idea.Subscriptions;
import org.symbiose.plugins.ideas.merge.Merges;
import org.symbiose.plugins.ideas.status.StatusChanges;
import org.symbiose.plugins.ideas.vote.Votes;

/**
 * The plugin's services on the API's in-memory fakes, each {@code @Reference} field set to the
 * world's service of its type: a manager (community manager) and three members.
 */
public final class IdeasWorld {

    public static final long MANAGER = 1;
    public static final long ANN = 2;
    public static final long BOB = 3;
    public static final long CLEO = 4;

    /** One notification sent. */
    public record Notice(long memberId, String kind, Long itemId, String text) {
    }

    public final SettableClock clock = new SettableClock(Instant.parse("2026-03-01T10:00:00Z"));
    public final InMemoryPluginData data = new InMemoryPluginData(clock);
    public final InMemoryContentStore store = new InMemoryContentStore(clock, data, Set.of(IdeaType.KEY));
    public final InMemoryMembers members = new InMemoryMembers();
    public final List<Notice> notices = new ArrayList<>();
    public final Boxes boxes = new Boxes();
    public final BoxListings listings = new BoxListings();
    public final Ideas ideas = new Ideas();
    public final Votes votes = new Votes();
    public final StatusChanges statuses = new StatusChanges();
    public final Merges merges = new Merges();
    public final Subscriptions subscriptions = new Subscriptions();
    public final IdeaComments comments = new IdeaComments();

    public IdeasWorld() {
        members.add(new MemberInfo(new MemberRef(MANAGER, "Manager"), Role.COMMUNITY_MANAGER, AccountState.ACTIVE,
                clock.instant()));
        for (long id = ANN; id <= CLEO; id++) {
            members.add(new MemberInfo(new MemberRef(id, "Member " + id), Role.MEMBER, AccountState.ACTIVE,
                    clock.instant()));
        }
        Permissions permissions = (memberId, permission) -> members.find(memberId).map(m -> m.role().includes(
                permission.equals(IdeasRights.MANAGE) ? Role.COMMUNITY_MANAGER : Role.MODERATOR)).orElse(false);
        Notifications notifications = (memberId, kind, itemId, actorId, text) -> memberId != actorId
                && notices.add(new Notice(memberId, kind, itemId, text));
        List<Object> services = List.of(clock, data, store, members, permissions, notifications, new IdeasRights(),
                new InMemoryCaches(), boxes, listings, ideas, votes, statuses, merges, subscriptions, comments);
        services.forEach(component -> wire(component, services));
        activate(boxes);
        activate(listings);
        activate(votes);
    }

    /** Calls the component's activation method, {@code start}, as the framework would. */
    private static void activate(Object component) {
        try {
            Method start = component.getClass().getDeclaredMethod("start");
            start.setAccessible(true);
            start.invoke(component);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void wire(Object component, List<Object> services) {
        for (Field field : component.getClass().getDeclaredFields()) {
            Object service = services.stream().filter(s -> s != component && field.getType().isInstance(s))
                    .findFirst().orElse(null);
            if (service != null && !Modifier.isStatic(field.getModifiers())) {
                try {
                    field.setAccessible(true);
                    field.set(component, service);
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }
}
