package org.symbiose.plugins.blog.testing;

import java.time.Instant;
import java.util.Set;
import org.symbiose.api.member.Role;
import org.symbiose.api.testing.InMemoryContentStore;
import org.symbiose.api.testing.InMemoryPluginData;
import org.symbiose.api.testing.SettableClock;
import org.symbiose.plugins.blog.atompub.BlogMedia;
import org.symbiose.plugins.blog.blog.Blog;
import org.symbiose.plugins.blog.blog.BlogInput;
import org.symbiose.plugins.blog.blog.BlogSettings;
import org.symbiose.plugins.blog.blog.Blogs;
import org.symbiose.plugins.blog.comment.BlogComments;
import org.symbiose.plugins.blog.post.BlogPosts;
import org.symbiose.plugins.blog.post.DueQueue;
import org.symbiose.plugins.blog.post.Permalinks;
import org.symbiose.plugins.blog.post.PostVisibility;

/**
 * The blog's services wired by hand over in-memory core services, with a clock the test moves:
 * a manager (1, with the blog permissions), an editor (2), an author (3) and a reader (4).
 */
public final class Blogging {

    public static final long MANAGER = 1;
    public static final long EDITOR = 2;
    public static final long AUTHOR = 3;
    public static final long READER = 4;

    // as the blog declares it: a post is active when it comes out, not by its comments
    private static final Set<String> ACTIVE_BY_THEMSELVES = Set.of("blog.post");

    public final SettableClock clock = new SettableClock(Instant.parse("2026-12-07T12:00:00Z"));
    public final InMemoryPluginData data = new InMemoryPluginData(clock);
    public final InMemoryContentStore store = new InMemoryContentStore(clock, data, ACTIVE_BY_THEMSELVES);
    public final Community community = new Community();
    public final StoredFiles files = new StoredFiles();
    public final Blogs blogs;
    public final BlogPosts posts;
    public final BlogComments comments;

    public Blogging() {
        community.member(MANAGER, Role.COMMUNITY_MANAGER, 4);
        community.member(EDITOR, Role.MEMBER, 1);
        community.member(AUTHOR, Role.MEMBER, 1);
        community.member(READER, Role.MEMBER, 0);
        community.grant(MANAGER, "blog.official");
        community.grant(MANAGER, "blog.manage");
        community.set("blog.member-blogs", "false");
        community.set("blog.member-blog-trust", "2");
        BlogSettings settings = Wiring.wire(new BlogSettings(), community);
        blogs = Wiring.wire(new Blogs(), store, data, community, settings, files);
        Permalinks permalinks = Wiring.wire(new Permalinks(), data);
        PostVisibility visibility = Wiring.wire(new PostVisibility(), blogs);
        DueQueue due = Wiring.wire(new DueQueue(), data);
        posts = Wiring.wire(new BlogPosts(), store, data, files, blogs, permalinks, visibility, due, clock);
        comments = Wiring.wire(new BlogComments(), store, data, community, blogs, posts, clock);
    }

    /** An official blog of the manager's, named and titled as given. */
    public Blog officialBlog(String name, String title) {
        BlogInput input = new BlogInput();
        input.name = name;
        input.title = title;
        input.official = true;
        return blogs.create(input, MANAGER);
    }

    /** The blog's media (uploads through its remote publishing) over these fakes. */
    public BlogMedia media() {
        return Wiring.wire(new BlogMedia(), files, data, blogs);
    }
}
