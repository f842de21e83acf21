package org.symbiose.plugins.blog.metaweblog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.symbiose.plugins.blog.blog.Blog;
import org.symbiose.plugins.blog.post.PostState;
import org.symbiose.plugins.blog.testing.Blogging;
import org.symbiose.plugins.blog.testing.Wiring;

/** MetaWeblog's methods on the blog's real services: what a client writes is what the blog holds, and refusals. */
class MetaWeblogMethodsTest {

    private final Blogging blogging = new Blogging();
    private final UriInfo uri = (UriInfo) Proxy.newProxyInstance(UriInfo.class.getClassLoader(), new Class<?>[] {UriInfo.class},
            (proxy, method, args) -> "getBaseUri".equals(method.getName()) ? URI.create("https://site.example/api/v1/") : null);
    private MetaWeblogMethods methods;
    private Blog blog;

    @BeforeEach
    void wire() {
        blogging.community.token(Blogging.MANAGER, "sym_manager");
        blogging.community.email(Blogging.MANAGER, "manager@example.org");
        blogging.community.token(Blogging.READER, "sym_reader");
        methods = Wiring.wire(new MetaWeblogMethods(), blogging.blogs, blogging.posts, blogging.media(), blogging.community);
        blog = blogging.officialBlog("news", "News");
    }

    @Test
    void writesReadsEditsAndDeletesThroughTheBlogsServices() {
        Object blogs = call("blogger.getUsersBlogs", "key", "manager@example.org", "sym_manager");
        assertEquals("news", ((Map<?, ?>) ((List<?>) blogs).get(0)).get("blogid"));

        Map<String, Object> content = new HashMap<>();
        content.put("title", "From the road");
        content.put("description", "Written on a *phone*");
        content.put("categories", List.of("Travel"));
        content.put("mt_keywords", "road, phone");
        String id = (String) call("metaWeblog.newPost", "news", "Member 1", "sym_manager", content, false);
        var post = blogging.posts.find(Long.parseLong(id), Blogging.MANAGER).orElseThrow();
        assertEquals(PostState.DRAFT, post.state(), "publish=false keeps a draft");
        assertEquals(List.of("Travel"), post.categories());
        assertEquals(List.of("phone", "road"), post.tags().stream().sorted().toList());

        content.put("title", "From the road, out now");
        assertEquals(true, call("metaWeblog.editPost", id, "Member 1", "sym_manager", content, true));
        Map<?, ?> read = (Map<?, ?>) call("metaWeblog.getPost", id, "manager@example.org", "sym_manager");
        assertEquals("From the road, out now", read.get("title"));
        assertEquals("publish", read.get("post_status"));
        assertTrue(((String) read.get("link")).startsWith("https://site.example/p/blog/post.xhtml?blog=news&month="), read.toString());
        assertEquals(1, blogging.posts.published(blog, null, 10).items().size());

        List<?> recent = (List<?>) call("metaWeblog.getRecentPosts", "news", "Member 1", "sym_manager", 5);
        assertEquals(1, recent.size());
        List<?> categories = (List<?>) call("metaWeblog.getCategories", "news", "Member 1", "sym_manager");
        assertEquals("Travel", ((Map<?, ?>) categories.get(0)).get("categoryName"));

        Map<String, Object> future = new HashMap<>(Map.of("title", "Later", "description", "Soon",
                "dateCreated", blogging.clock.instant().plusSeconds(3600)));
        String later = (String) call("metaWeblog.newPost", "news", "Member 1", "sym_manager", future, true);
        assertEquals(PostState.SCHEDULED, blogging.posts.find(Long.parseLong(later), Blogging.MANAGER).orElseThrow().state());

        assertEquals(true, call("blogger.deletePost", "key", id, "Member 1", "sym_manager", true));
        assertTrue(blogging.posts.find(Long.parseLong(id), Blogging.MANAGER).isEmpty());
    }

    @Test
    void refusesWithFaultsAndWritesNothing() {
        int items = blogging.store.size();
        Map<String, Object> content = Map.of("title", "Not mine", "description", "x");
        assertFault(XmlRpcFault.BAD_LOGIN, "metaWeblog.newPost", "news", "Member 1", "sym_wrong", content, true);
        assertFault(XmlRpcFault.BAD_LOGIN, "metaWeblog.newPost", "news", "Member 4", "sym_manager", content, true);
        assertFault(XmlRpcFault.FORBIDDEN, "metaWeblog.newPost", "news", "Member 4", "sym_reader", content, true);
        assertFault(XmlRpcFault.FORBIDDEN, "metaWeblog.getCategories", "news", "Member 4", "sym_reader");
        assertFault(XmlRpcFault.INVALID, "metaWeblog.newPost", "news", "Member 1", "sym_manager",
                Map.of("title", "x".repeat(400)), true);
        assertFault(XmlRpcFault.BAD_PARAMETERS, "metaWeblog.newPost", "news", "Member 1", "sym_manager",
                Map.of("title", "t", "dateCreated", "tomorrow"), true);
        assertFault(XmlRpcFault.NOT_FOUND, "metaWeblog.newPost", "nope", "Member 1", "sym_manager", content, true);
        assertFault(XmlRpcFault.NOT_FOUND, "metaWeblog.editPost", "123456", "Member 1", "sym_manager", content, true);
        assertEquals(items, blogging.store.size(), "nothing written");
    }

    private Object call(String method, Object... params) {
        return methods.invoke(new XmlRpcCall(method, List.of(params)), uri);
    }

    private void assertFault(int code, String method, Object... params) {
        XmlRpcFault fault = assertThrows(XmlRpcFault.class, () -> call(method, params));
        assertEquals(code, fault.code(), fault.getMessage());
    }

}
