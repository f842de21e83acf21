package org.symbiose.plugins.blog.blog;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.audit.AuditLog;
import org.symbiose.api.content.ContentStore;
import org.symbiose.api.content.Item;
import org.symbiose.api.content.ItemDraft;
import org.symbiose.api.content.ItemEdit;
import org.symbiose.api.content.ItemOrder;
import org.symbiose.api.content.ItemQuery;
import org.symbiose.api.content.ItemStatus;
import org.symbiose.api.data.PluginData;
import org.symbiose.api.file.FileStore;
import org.symbiose.api.member.AccountState;
import org.symbiose.api.member.MemberDirectory;
import org.symbiose.api.member.MemberInfo;
import org.symbiose.api.member.Permissions;
import org.symbiose.api.rest.ProblemException;
import org.symbiose.api.rest.ProblemType;
import org.symbiose.plugins.blog.Slice;

/**
 * Blogs and their teams: who opens one, who writes, edits and publishes there. Blogs are items;
 * a blog's short name and team are plugin data, so that addresses and rights are read in one
 * lookup.
 */
@Component(service = Blogs.class)
public class Blogs {

    static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{1,39}");
    static final int MAX_COMMENT_DAYS = 3650;
    static final int MAX_TEAM = 100;
    // a claimed name is never released: old addresses must not come to mean another blog
    private static final Duration FOREVER = Duration.ofDays(365L * 1000);
    private static final String NAMES = "name";
    private static final String TEAM = "team";
    private static final String MEMBER_BLOGS = "member-blogs";

    private static final int MAX_REMEMBERED = 10_000;

    private final Map<String, Long> ids = new java.util.concurrent.ConcurrentHashMap<>();

    @Reference
    private ContentStore store;

    @Reference
    private PluginData data;

    @Reference
    private Permissions permissions;

    @Reference
    private MemberDirectory members;

    @Reference
    private BlogSettings settings;

    @Reference
    private FileStore files;

    @Reference
    private AuditLog audit;

    /** The blog with this short name, unless it was deleted. */
    public Optional<Blog> byName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        Long known = ids.get(name);
        if (known != null) {
            return find(known);
        }
        Optional<Long> id = data.get(NAMES, name).map(value -> ((Number) value.get("blog")).longValue());
        id.ifPresent(found -> remember(name, found));
        return id.flatMap(this::find);
    }

    // a committed name never changes hands, so this node may keep what it read: one lookup fewer per page and feed
    private void remember(String name, long id) {
        if (ids.size() >= MAX_REMEMBERED) {
            ids.clear();
        }
        ids.put(name, id);
    }

    /** The blog with this item id, unless it was deleted. */
    public Optional<Blog> find(long id) {
        return store.find(id).filter(item -> BlogType.KEY.equals(item.type()))
                .filter(item -> item.status() != ItemStatus.DELETED).map(Blog::of);
    }

    /** The blog with this short name, else a 404 problem. */
    public Blog require(String name) {
        return byName(name).orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "No blog is called " + name));
    }

    /**
     * Opens a blog; its creator becomes its owner. Official blogs need {@link BlogPermissions#OFFICIAL};
     * members' blogs need the setting to allow them and the member to reach its trust level.
     *
     * @throws ProblemException 400 on a bad field, 403 without the right, 409 if the name is taken
     */
    public Blog create(BlogInput input, long actorId) {
        MemberInfo actor = members.requireActive(actorId);
        BlogInput checked = required(input);
        if (checked.name == null || !NAME.matcher(checked.name).matches()) {
            throw new ProblemException(ProblemType.VALIDATION, "name",
                    "A short name has 2 to 40 characters: lower-case letters, digits and dashes");
        }
        if (checked.title == null || checked.title.isBlank()) {
            throw new ProblemException(ProblemType.VALIDATION, "title", "A blog needs a title");
        }
        boolean official = Boolean.TRUE.equals(checked.official);
        if (official && !permissions.allows(actorId, BlogPermissions.OFFICIAL)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only community managers open official blogs");
        }
        if (!official && !permissions.allows(actorId, BlogPermissions.OFFICIAL)
                && (!settings.memberBlogsAllowed() || actor.trustLevel() < settings.memberBlogTrust())) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Members may not open blogs of their own here");
        }
        requireCover(checked.cover);
        Blog draft = merged(new Blog(0, checked.name, "", "", members.language(actorId).getLanguage(), null,
                official, false, false, 0, false, actor.ref(), null, 0, null), checked);
        return store.inOneTransaction(() -> {
            Item item = store.create(new ItemDraft(BlogType.KEY, null, draft.title(), draft.description(), List.of(),
                    draft.attributes(), ItemStatus.PUBLISHED), actorId);
            if (!data.putIfAbsentWithin(NAMES, draft.name(), Map.of("blog", BigDecimal.valueOf(item.id())), FOREVER)) {
                throw new ProblemException(ProblemType.CONFLICT, "name", "A blog is already called " + draft.name());
            }
            putMember(item.id(), actorId, BlogRole.OWNER);
            return Blog.of(item);
        });
    }

    /**
     * Changes a blog's title, description and settings (its name stays).
     *
     * @throws ProblemException 400 on a bad field, 403 unless the actor owns or manages the blog
     */
    public Blog edit(String name, long expectedVersion, BlogInput input, long actorId) {
        Blog blog = require(name);
        requireManager(blog, actorId);
        BlogInput checked = required(input);
        if (checked.name != null && !checked.name.equals(blog.name())) {
            throw new ProblemException(ProblemType.VALIDATION, "name", "A blog's short name never changes");
        }
        if (Boolean.TRUE.equals(checked.official) != blog.official() && checked.official != null
                && !permissions.allows(actorId, BlogPermissions.OFFICIAL)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only community managers make a blog official");
        }
        requireCover(checked.cover);
        Blog changed = merged(blog, checked);
        return Blog.of(store.edit(blog.id(), expectedVersion,
                new ItemEdit(changed.title(), changed.description(), null, changed.attributes()), actorId));
    }

    /** Blogs, the one where a post came out last first. */
    public Slice<Blog> list(Long before, int limit) {
        var page = store.query(new ItemQuery(BlogType.KEY, null, null, null, null, null, before, limit,
                ItemOrder.ACTIVITY));
        return new Slice<>(page.items().stream().map(Blog::of).toList(), page.next());
    }

    /** The blogs where a member is on the team, with their role, by blog id. */
    public Map<Long, BlogRole> blogsOf(long memberId) {
        Map<Long, BlogRole> blogs = new HashMap<>();
        data.list(MEMBER_BLOGS, memberId + "/", MAX_TEAM).forEach(record -> blogs.put(
                Long.valueOf(record.key().substring(record.key().indexOf('/') + 1)),
                BlogRole.valueOf((String) record.value().get("role"))));
        return blogs;
    }

    /** The blog's team, owners first. */
    public List<TeamMember> team(Blog blog) {
        List<TeamMember> team = new ArrayList<>();
        data.list(TEAM, blog.id() + "/", MAX_TEAM).forEach(record -> {
            long memberId = Long.parseLong(record.key().substring(record.key().indexOf('/') + 1));
            String shown = members.find(memberId).map(m -> m.ref().displayName()).orElse("");
            team.add(new TeamMember(memberId, shown, BlogRole.valueOf((String) record.value().get("role"))));
        });
        team.sort((a, b) -> a.role() != b.role() ? a.role().compareTo(b.role()) : Long.compare(a.memberId(), b.memberId()));
        return team;
    }

    /**
     * Replaces the blog's team. Only its owners (or managers) name it; it keeps at least one owner.
     *
     * @throws ProblemException 400 for an unknown member, no owner or a too large team, 403 without the right
     */
    public List<TeamMember> setTeam(Blog blog, List<TeamMember> team, long actorId) {
        requireManager(blog, actorId);
        if (team == null || team.isEmpty() || team.size() > MAX_TEAM) {
            throw new ProblemException(ProblemType.VALIDATION, "team", "A team has 1 to " + MAX_TEAM + " members");
        }
        Map<Long, BlogRole> wanted = new HashMap<>();
        for (TeamMember member : team) {
            if (member == null || member.role() == null) {
                throw new ProblemException(ProblemType.VALIDATION, "team", "Each member needs a role");
            }
            if (members.find(member.memberId()).filter(m -> m.state() != AccountState.DELETED).isEmpty()) {
                throw new ProblemException(ProblemType.VALIDATION, "team", "No member has id " + member.memberId());
            }
            wanted.put(member.memberId(), member.role());
        }
        if (!wanted.containsValue(BlogRole.OWNER)) {
            throw new ProblemException(ProblemType.VALIDATION, "team", "A blog keeps at least one owner");
        }
        List<TeamMember> before = team(blog);
        store.inOneTransaction(() -> {
            for (TeamMember old : before) {
                if (!wanted.containsKey(old.memberId())) {
                    data.delete(TEAM, blog.id() + "/" + old.memberId());
                    data.delete(MEMBER_BLOGS, old.memberId() + "/" + blog.id());
                }
            }
            wanted.forEach((memberId, role) -> putMember(blog.id(), memberId, role));
            // who may publish on a brand's blog is worth a trace
            audit.record(actorId, "blog.team", blog.id(), null, roles(before), roles(team));
            return null;
        });
        return team(blog);
    }

    /** The member's role on the blog, if they are on its team. */
    public Optional<BlogRole> role(Blog blog, Long memberId) {
        if (memberId == null) {
            return Optional.empty();
        }
        return data.get(TEAM, blog.id() + "/" + memberId).map(value -> BlogRole.valueOf((String) value.get("role")));
    }

    /** Whether the member may write posts on the blog (drafts at least): on its team and not silenced. */
    public boolean mayWrite(Blog blog, Long memberId) {
        return active(memberId) && (role(blog, memberId).isPresent() || manages(blog, memberId));
    }

    /** Whether the member's posts go out without an editor's approval. */
    public boolean mayPublish(Blog blog, Long memberId) {
        if (!active(memberId)) {
            return false;
        }
        return manages(blog, memberId) || role(blog, memberId)
                .map(role -> role.publishes() || !blog.reviewRequired()).orElse(false);
    }

    /** Whether the member may change a post written by {@code authorId}. */
    public boolean mayEdit(Blog blog, long authorId, Long memberId) {
        if (!active(memberId)) {
            return false;
        }
        return manages(blog, memberId) || role(blog, memberId)
                .map(role -> role.editsOthers() || authorId == memberId).orElse(false);
    }

    /** Whether the member sees the blog's drafts, reviews and scheduled posts: its team and managers. */
    public boolean seesUnpublished(Blog blog, Long memberId) {
        return memberId != null && (role(blog, memberId).isPresent() || manages(blog, memberId));
    }

    /** Whether the member changes the blog's settings and team: its owners and managers. */
    public boolean manages(Blog blog, Long memberId) {
        return memberId != null && (role(blog, memberId).filter(role -> role == BlogRole.OWNER).isPresent()
                || permissions.allows(memberId, BlogPermissions.MANAGE));
    }

    private void requireManager(Blog blog, long actorId) {
        members.requireActive(actorId);
        if (!manages(blog, actorId)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only the blog's owners change its settings and team");
        }
    }

    private static String roles(List<TeamMember> team) {
        return team.stream().map(m -> m.memberId() + ":" + m.role()).sorted().reduce((a, b) -> a + " " + b).orElse("");
    }

    private void requireCover(Long cover) {
        if (cover != null && (cover <= 0 || files.find(cover).isEmpty())) {
            throw new ProblemException(ProblemType.VALIDATION, "cover", "No file has id " + cover);
        }
    }

    private boolean active(Long memberId) {
        return memberId != null && members.find(memberId).filter(m -> m.state() == AccountState.ACTIVE).isPresent();
    }

    private void putMember(long blogId, long memberId, BlogRole role) {
        data.put(TEAM, blogId + "/" + memberId, Map.of("role", role.name()));
        data.put(MEMBER_BLOGS, memberId + "/" + blogId, Map.of("role", role.name()));
    }

    private static BlogInput required(BlogInput input) {
        if (input == null) {
            throw new ProblemException(ProblemType.MALFORMED_BODY, "Send the blog as a JSON object");
        }
        return input;
    }

    /** The blog with the input's non-null fields applied, each checked. */
    static Blog merged(Blog blog, BlogInput in) {
        String language = in.language == null ? blog.language() : in.language;
        if (!"fr".equals(language) && !"en".equals(language)) {
            throw new ProblemException(ProblemType.VALIDATION, "language", "A blog is written in fr or en");
        }
        String title = in.title == null ? blog.title() : in.title.strip();
        if (title.isEmpty() || title.length() > ContentStore.MAX_TITLE) {
            throw new ProblemException(ProblemType.VALIDATION, "title",
                    "A title has 1 to " + ContentStore.MAX_TITLE + " characters");
        }
        int days = in.commentDays == null ? blog.commentDays() : in.commentDays;
        if (days < 0 || days > MAX_COMMENT_DAYS) {
            throw new ProblemException(ProblemType.VALIDATION, "commentDays",
                    "Comments close after 0 (never) to " + MAX_COMMENT_DAYS + " days");
        }
        if (in.cover != null && in.cover <= 0) {
            throw new ProblemException(ProblemType.VALIDATION, "cover", "A cover is a file id");
        }
        return new Blog(blog.id(), blog.name(), title, in.description == null ? blog.description() : in.description,
                language, in.cover == null ? blog.coverFileId() : in.cover,
                in.official == null ? blog.official() : in.official,
                in.reviewRequired == null ? blog.reviewRequired() : in.reviewRequired,
                in.premoderated == null ? blog.premoderated() : in.premoderated, days,
                in.pastSchedulingAllowed == null ? blog.pastSchedulingAllowed() : in.pastSchedulingAllowed,
                blog.creator(), blog.created(), blog.version(), blog.active());
    }
}
