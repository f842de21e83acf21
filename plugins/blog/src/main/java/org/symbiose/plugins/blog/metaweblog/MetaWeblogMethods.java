package org.symbiose.plugins.blog.metaweblog;

import jakarta.ws.rs.core.UriInfo;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.api.file.StoredFile;
import org.symbiose.api.member.MemberDirectory;
import org.symbiose.api.member.MemberInfo;
import org.symbiose.api.rest.ProblemException;
import org.symbiose.plugins.blog.SiteAddresses;
import org.symbiose.plugins.blog.atompub.BlogMedia;
import org.symbiose.plugins.blog.blog.Blog;
import org.symbiose.plugins.blog.blog.BlogRole;
import org.symbiose.plugins.blog.blog.Blogs;
import org.symbiose.plugins.blog.post.BlogPost;
import org.symbiose.plugins.blog.post.BlogPosts;
import org.symbiose.plugins.blog.post.Category;
import org.symbiose.plugins.blog.post.Permalinks;
import org.symbiose.plugins.blog.post.PostInput;
import org.symbiose.plugins.blog.post.PostState;

/**
 * The MetaWeblog API (and the Blogger methods its clients call with it) on the blog's services. A blog's id is its
 * short name, a post's id its item id; every call names its user, and every write goes through the same checks
 * as the REST API's, whose refusals become faults with the matching code.
 */
@Component(service = MetaWeblogMethods.class)
public class MetaWeblogMethods {

    /** What {@code system.listMethods} answers. */
    static final List<String> METHODS = List.of("blogger.getUsersBlogs", "blogger.deletePost", "metaWeblog.newPost",
            "metaWeblog.editPost", "metaWeblog.getPost", "metaWeblog.getRecentPosts", "metaWeblog.newMediaObject",
            "metaWeblog.getCategories", "metaWeblog.deletePost", "system.listMethods");
    private static final int MOST_RECENT = 50;

    @Reference
    private Blogs blogs;

    @Reference
    private BlogPosts posts;

    @Reference
    private BlogMedia media;

    @Reference
    private MemberDirectory members;

    /**
     * Runs one call.
     *
     * @return the method's value, for the response
     * @throws XmlRpcFault for every refusal; nothing was written then
     */
    public Object invoke(XmlRpcCall call, UriInfo uri) {
        try {
            return switch (call.method()) {
                case "blogger.getUsersBlogs" -> usersBlogs(caller(call, 1), uri);
                case "metaWeblog.getCategories" -> categories(blog(call), caller(call, 1), uri);
                case "metaWeblog.newPost" -> newPost(call);
                case "metaWeblog.editPost" -> editPost(call);
                case "metaWeblog.getPost" -> struct(post(call.text(0, "postid"), caller(call, 1).ref().id()), uri);
                case "metaWeblog.getRecentPosts" -> recentPosts(call, uri);
                case "metaWeblog.newMediaObject" -> newMediaObject(call, uri);
                // blogger.deletePost(appkey, postid, user, password, publish); some clients send it without the appkey
                case "blogger.deletePost" -> deletePost(call.text(1, "postid"), caller(call, 2));
                case "metaWeblog.deletePost" -> deletePost(call.text(0, "postid"), caller(call, 1));
                case "system.listMethods" -> METHODS;
                default -> throw new XmlRpcFault(XmlRpcFault.UNKNOWN_METHOD, "No method " + call.method() + " here");
            };
        } catch (ProblemException e) {
            throw new XmlRpcFault(code(e.type().status()), e.getMessage());
        }
    }

    private Object usersBlogs(MemberInfo caller, UriInfo uri) {
        List<Object> found = new ArrayList<>();
        for (Map.Entry<Long, BlogRole> role : blogs.blogsOf(caller.ref().id()).entrySet()) {
            blogs.find(role.getKey()).ifPresent(blog -> found.add(Map.of(
                    "blogid", blog.name(),
                    "blogName", blog.title(),
                    "url", SiteAddresses.absolute(uri, Permalinks.home(blog.name())),
                    "xmlrpc", SiteAddresses.absolute(uri, "/api/v1/blog/xmlrpc"),
                    "isAdmin", role.getValue() == BlogRole.OWNER)));
        }
        return found;
    }

    private Object categories(Blog blog, MemberInfo caller, UriInfo uri) {
        requireTeam(blog, caller);
        List<Object> found = new ArrayList<>();
        for (Category category : posts.categories(blog)) {
            String page = SiteAddresses.absolute(uri, Permalinks.PAGES + blog.name() + "/categories/" + category.slug());
            found.add(Map.of("categoryId", category.slug(), "categoryName", category.name(), "title", category.name(),
                    "description", category.name(), "htmlUrl", page,
                    "rssUrl", SiteAddresses.absolute(uri, "/api/v1/blog/feeds/rss/blogs/" + blog.name() + "/categories/"
                            + category.slug())));
        }
        return found;
    }

    private Object newPost(XmlRpcCall call) {
        Blog blog = blog(call);
        MemberInfo caller = caller(call, 1);
        BlogPost created = posts.create(blog, input(call.struct(3, "content"), call.flag(4, true)), caller.ref().id());
        return Long.toString(created.id());
    }

    private Object editPost(XmlRpcCall call) {
        MemberInfo caller = caller(call, 1);
        BlogPost post = post(call.text(0, "postid"), caller.ref().id());
        // MetaWeblog has no versions: the edit applies to what the post is now
        posts.edit(post.id(), post.version(), input(call.struct(3, "content"), call.flag(4, true)), caller.ref().id());
        return true;
    }

    private Object recentPosts(XmlRpcCall call, UriInfo uri) {
        Blog blog = blog(call);
        MemberInfo caller = caller(call, 1);
        requireTeam(blog, caller);
        int wanted = Math.min(call.count(3, 10), MOST_RECENT);
        Long viewer = caller.ref().id();
        // the team's unpublished posts and the published ones, newest first
        List<BlogPost> recent = new ArrayList<>(posts.unpublished(blog, viewer, null, wanted).items());
        recent.addAll(posts.published(blog, null, wanted).items());
        recent.sort((a, b) -> Long.compare(b.id(), a.id()));
        return recent.stream().limit(wanted).map(post -> struct(post, blog, uri)).toList();
    }

    private Object newMediaObject(XmlRpcCall call, UriInfo uri) {
        Blog blog = blog(call);
        MemberInfo caller = caller(call, 1);
        Map<String, Object> file = call.struct(3, "file");
        if (!(file.get("bits") instanceof byte[] bits)) {
            throw new XmlRpcFault(XmlRpcFault.BAD_PARAMETERS, "The file needs its content as base64 bits");
        }
        String name = file.get("name") instanceof String n ? n : "upload";
        String type = file.get("type") instanceof String t ? t : null;
        StoredFile stored = media.upload(blog, caller.ref().id(), name, type, new ByteArrayInputStream(bits));
        String url = SiteAddresses.absolute(uri, stored.url());
        return Map.of("id", Long.toString(stored.id()), "file", stored.name(), "url", url, "type", stored.mediaType());
    }

    private Object deletePost(String postId, MemberInfo caller) {
        BlogPost post = post(postId, caller.ref().id());
        posts.delete(post.id(), post.version(), caller.ref().id());
        return true;
    }

    /** A post struct as MetaWeblog clients read it. */
    private Map<String, Object> struct(BlogPost post, UriInfo uri) {
        Blog blog = blogs.find(post.blogId()).orElseThrow(() -> new XmlRpcFault(XmlRpcFault.NOT_FOUND, "No post " + post.id()));
        return struct(post, blog, uri);
    }

    private static Map<String, Object> struct(BlogPost post, Blog blog, UriInfo uri) {
        String link = SiteAddresses.absolute(uri, Permalinks.path(blog.name(), post));
        Map<String, Object> struct = new LinkedHashMap<>();
        struct.put("postid", Long.toString(post.id()));
        struct.put("title", post.title());
        struct.put("description", post.body());
        struct.put("mt_excerpt", post.excerpt());
        struct.put("mt_keywords", String.join(", ", post.tags()));
        struct.put("categories", post.categories());
        struct.put("dateCreated", post.date());
        struct.put("userid", Long.toString(post.author().id()));
        struct.put("link", link);
        struct.put("permaLink", link);
        struct.put("wp_slug", post.slug());
        struct.put("post_status", switch (post.state()) {
            case DRAFT -> "draft";
            case IN_REVIEW -> "pending";
            case SCHEDULED -> "future";
            case PUBLISHED -> "publish";
        });
        return struct;
    }

    /** A post's fields from a MetaWeblog struct; on an edit, what the struct leaves out stays as it is. */
    private static PostInput input(Map<String, Object> content, boolean publish) {
        PostInput in = new PostInput();
        in.title = text(content, "title");
        in.body = text(content, "description");
        in.excerpt = text(content, "mt_excerpt");
        String keywords = text(content, "mt_keywords");
        if (keywords != null) {
            in.tags = Arrays.stream(keywords.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
        }
        if (content.get("categories") instanceof List<?> categories) {
            in.categories = categories.stream().map(String::valueOf).toList();
        } else if (content.containsKey("categories")) {
            throw new XmlRpcFault(XmlRpcFault.BAD_PARAMETERS, "categories must be an array of names");
        }
        String slug = text(content, "wp_slug");
        in.slug = slug != null && !slug.isBlank() ? slug.strip() : null;
        Object date = content.get("dateCreated");
        if (date instanceof Instant instant) {
            in.publishAt = instant;
        } else if (date != null && date != XmlRpcCall.NIL) {
            throw new XmlRpcFault(XmlRpcFault.BAD_PARAMETERS, "dateCreated must be a dateTime.iso8601");
        }
        String status = text(content, "post_status");
        if (status != null) {
            in.state = switch (status) {
                case "publish", "future" -> PostState.PUBLISHED;
                case "pending" -> PostState.IN_REVIEW;
                case "draft", "private" -> PostState.DRAFT;
                default -> throw new XmlRpcFault(XmlRpcFault.INVALID, "Unknown post_status " + status);
            };
        } else {
            // the publish flag: a future dateCreated makes a published post a scheduled one
            in.state = publish ? PostState.PUBLISHED : PostState.DRAFT;
        }
        return in;
    }

    private static String text(Map<String, Object> content, String field) {
        Object value = content.get(field);
        if (value == null || value == XmlRpcCall.NIL) {
            return null;
        }
        if (value instanceof String text) {
            return text;
        }
        throw new XmlRpcFault(XmlRpcFault.BAD_PARAMETERS, field + " must be a string");
    }

    private MemberInfo caller(XmlRpcCall call, int usernameAt) {
        return RemoteCaller.of(members, call.text(usernameAt, "username"), call.text(usernameAt + 1, "password"));
    }

    private Blog blog(XmlRpcCall call) {
        String name = call.text(0, "blogid");
        return blogs.byName(name).orElseThrow(() -> new XmlRpcFault(XmlRpcFault.NOT_FOUND, "No blog " + name));
    }

    private BlogPost post(String postId, long viewerId) {
        long id;
        try {
            id = Long.parseLong(postId.strip());
        } catch (NumberFormatException e) {
            throw new XmlRpcFault(XmlRpcFault.NOT_FOUND, "No post " + postId);
        }
        return posts.find(id, viewerId).orElseThrow(() -> new XmlRpcFault(XmlRpcFault.NOT_FOUND, "No post " + postId));
    }

    private void requireTeam(Blog blog, MemberInfo caller) {
        if (!blogs.mayWrite(blog, caller.ref().id())) {
            throw new XmlRpcFault(XmlRpcFault.FORBIDDEN, "You are not on this blog's team");
        }
    }

    /** The fault code of a REST refusal's status. */
    static int code(int status) {
        return switch (status) {
            case 401 -> XmlRpcFault.BAD_LOGIN;
            case 403 -> XmlRpcFault.FORBIDDEN;
            case 404 -> XmlRpcFault.NOT_FOUND;
            case 409 -> XmlRpcFault.CONFLICT;
            case 413 -> XmlRpcFault.TOO_LARGE;
            case 415 -> XmlRpcFault.UNSUPPORTED;
            default -> status >= 500 ? XmlRpcFault.INTERNAL : XmlRpcFault.INVALID;
        };
    }
}
