package org.symbiose.plugins.blog.metaweblog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URL;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import org.apache.xmlrpc.XmlRpcException;
import org.apache.xmlrpc.client.XmlRpcClient;
import org.apache.xmlrpc.client.XmlRpcClientConfigImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.symbiose.api.content.ItemStatus;
import org.symbiose.api.file.StoredFile;
import org.symbiose.api.member.AccountState;
import org.symbiose.api.member.MemberInfo;
import org.symbiose.api.member.MemberRef;
import org.symbiose.api.member.Role;
import org.symbiose.api.rest.ProblemException;
import org.symbiose.api.rest.ProblemType;
import org.symbiose.api.testing.InMemoryMembers;
import org.symbiose.plugins.blog.Slice;
import org.symbiose.plugins.blog.atompub.BlogMedia;
import org.symbiose.plugins.blog.blog.Blog;
import org.symbiose.plugins.blog.blog.BlogRole;
import org.symbiose.plugins.blog.blog.Blogs;
import org.symbiose.plugins.blog.post.BlogPost;
import org.symbiose.plugins.blog.post.BlogPosts;
import org.symbiose.plugins.blog.post.Category;
import org.symbiose.plugins.blog.post.PostInput;
import org.symbiose.plugins.blog.post.PostState;

/**
 * The MetaWeblog endpoint called by Apache's XML-RPC client over HTTP, as a desktop editor would, with the blog's
 * services faked: every method, the types the client reads back (dates, arrays, structs, base64) and its faults.
 */
class MetaWeblogClientTest {

    private static final String TOKEN = "sym_ann-token";
    private static final MemberInfo ANN = new MemberInfo(new MemberRef(7, "Ann"), Role.MEMBER, AccountState.ACTIVE, Instant.EPOCH);
    private static final Blog BLOG = new Blog(1, "news", "News", "", "en", null, true, false, false, 0, false,
            new MemberRef(7, "Ann"), Instant.EPOCH, 1, null);

    private HttpServer server;
    private XmlRpcClient client;
    private final FakePosts posts = new FakePosts();

    @BeforeEach
    void serve() throws Exception {
        MetaWeblogMethods methods = new MetaWeblogMethods();
        set(methods, "blogs", new FakeBlogs());
        set(methods, "posts", posts);
        set(methods, "media", new FakeMedia());
        InMemoryMembers members = new InMemoryMembers();
        members.add(ANN);
        members.email(7, "ann@example.org");
        members.token(7, TOKEN);
        set(methods, "members", members);
        MetaWeblogEndpoint endpoint = new MetaWeblogEndpoint();
        set(endpoint, "methods", methods);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/v1/");
        UriInfo uri = (UriInfo) Proxy.newProxyInstance(UriInfo.class.getClassLoader(), new Class<?>[] {UriInfo.class},
                (proxy, method, args) -> "getBaseUri".equals(method.getName()) ? base : null);
        server.createContext("/api/v1/blog/xmlrpc", exchange -> {
            byte[] bytes;
            try (InputStream body = exchange.getRequestBody()) {
                bytes = endpoint.answer(body, uri);
            }
            exchange.getResponseHeaders().set("Content-Type", "text/xml; charset=UTF-8");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        XmlRpcClientConfigImpl config = new XmlRpcClientConfigImpl();
        config.setServerURL(new URL(base + "blog/xmlrpc"));
        config.setTimeZone(TimeZone.getTimeZone("UTC"));
        client = new XmlRpcClient();
        client.setConfig(config);
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aDesktopEditorWritesReadsEditsAndDeletes() throws Exception {
        Object[] blogs = (Object[]) client.execute("blogger.getUsersBlogs", new Object[] {"appkey", "ann@example.org", TOKEN});
        Map<?, ?> blog = (Map<?, ?>) blogs[0];
        assertEquals("news", blog.get("blogid"));
        assertEquals(true, blog.get("isAdmin"));
        assertEquals("http://127.0.0.1:" + server.getAddress().getPort() + "/p/blog/blog.xhtml?name=news", blog.get("url"));

        Map<String, Object> content = new HashMap<>();
        content.put("title", "Hello");
        content.put("description", "**Markdown**");
        content.put("categories", new Object[] {"Launch"});
        content.put("mt_keywords", "a, b ,, c");
        content.put("dateCreated", Date.from(Instant.parse("2030-01-01T10:00:00Z")));
        String id = (String) client.execute("metaWeblog.newPost", new Object[] {"news", "Ann", TOKEN, content, true});
        PostInput written = posts.inputs.get(0);
        assertEquals(List.of("a", "b", "c"), written.tags);
        assertEquals(PostState.PUBLISHED, written.state);
        assertEquals(Instant.parse("2030-01-01T10:00:00Z"), written.publishAt);

        Map<?, ?> read = (Map<?, ?>) client.execute("metaWeblog.getPost", new Object[] {id, "ann@example.org", TOKEN});
        assertEquals("Hello", read.get("title"));
        assertEquals("**Markdown**", read.get("description"));
        assertArrayEquals(new Object[] {"Launch"}, (Object[]) read.get("categories"));
        assertEquals(Date.from(Instant.parse("2030-01-01T10:00:00Z")), assertInstanceOf(Date.class, read.get("dateCreated")));
        assertTrue(((String) read.get("link")).endsWith("/p/blog/post.xhtml?blog=news&month=2030-01&slug=hello"));

        content.put("title", "Hello again");
        assertEquals(true, client.execute("metaWeblog.editPost", new Object[] {id, "Ann", TOKEN, content, false}));
        assertEquals(PostState.DRAFT, posts.inputs.get(1).state);
        Object[] recent = (Object[]) client.execute("metaWeblog.getRecentPosts", new Object[] {"news", "Ann", TOKEN, 10});
        assertEquals("Hello again", ((Map<?, ?>) recent[0]).get("title"));
        Object[] categories = (Object[]) client.execute("metaWeblog.getCategories", new Object[] {"news", "Ann", TOKEN});
        assertEquals("Launch", ((Map<?, ?>) categories[0]).get("categoryName"));

        Map<?, ?> file = (Map<?, ?>) client.execute("metaWeblog.newMediaObject", new Object[] {"news", "Ann", TOKEN,
                Map.of("name", "dot.png", "type", "image/png", "bits", new byte[] {(byte) 0x89, 'P', 'N', 'G'})});
        assertTrue(((String) file.get("url")).endsWith("/api/v1/files/5?key=k"), file.toString());

        assertEquals(true, client.execute("blogger.deletePost", new Object[] {"appkey", id, "Ann", TOKEN, true}));
        assertTrue(posts.posts.isEmpty());
        Object[] listed = (Object[]) client.execute("system.listMethods", new Object[] {});
        assertTrue(List.of(listed).contains("metaWeblog.newMediaObject"));
    }

    @Test
    void everyBadCallIsAFaultWithACode() {
        assertFault(XmlRpcFault.BAD_LOGIN, "blogger.getUsersBlogs", "", "Ann", "sym_wrong");
        assertFault(XmlRpcFault.BAD_LOGIN, "blogger.getUsersBlogs", "", "Bob", TOKEN);
        assertFault(XmlRpcFault.NOT_FOUND, "metaWeblog.getCategories", "nope", "Ann", TOKEN);
        assertFault(XmlRpcFault.NOT_FOUND, "metaWeblog.getPost", "not-a-number", "Ann", TOKEN);
        assertFault(XmlRpcFault.UNKNOWN_METHOD, "wp.getOptions", "1", "Ann", TOKEN);
        assertFault(XmlRpcFault.BAD_PARAMETERS, "metaWeblog.newPost", "news", "Ann", TOKEN);
        assertFault(XmlRpcFault.BAD_PARAMETERS, "metaWeblog.newPost", "news", "Ann", TOKEN, "not a struct", true);
        assertFault(XmlRpcFault.INVALID, "metaWeblog.newPost", "news", "Ann", TOKEN, Map.of("description", "no title"), true);
        assertFault(XmlRpcFault.BAD_PARAMETERS, "metaWeblog.newMediaObject", "news", "Ann", TOKEN, Map.of("name", "x"));
        assertTrue(posts.posts.isEmpty(), "nothing written");
    }

    private void assertFault(int code, String method, Object... params) {
        XmlRpcException fault = assertThrows(XmlRpcException.class, () -> client.execute(method, params));
        assertEquals(code, fault.code, fault.getMessage());
    }

    private static void set(Object target, String field, Object value) throws ReflectiveOperationException {
        Field f = target.getClass().getDeclaredField(field);
        f.setAccessible(true);
        f.set(target, value);
    }

    private static final class FakeBlogs extends Blogs {
        @Override
        public Optional<Blog> byName(String name) {
            return "news".equals(name) ? Optional.of(BLOG) : Optional.empty();
        }

        @Override
        public Optional<Blog> find(long id) {
            return id == BLOG.id() ? Optional.of(BLOG) : Optional.empty();
        }

        @Override
        public Map<Long, BlogRole> blogsOf(long memberId) {
            return memberId == 7 ? Map.of(BLOG.id(), BlogRole.OWNER) : Map.of();
        }

        @Override
        public boolean mayWrite(Blog blog, Long memberId) {
            return memberId != null && memberId == 7;
        }
    }

    private static final class FakePosts extends BlogPosts {
        final Map<Long, BlogPost> posts = new LinkedHashMap<>();
        final List<PostInput> inputs = new ArrayList<>();
        private long next = 100;

        @Override
        public BlogPost create(Blog blog, PostInput in, long actorId) {
            if (in.title == null || in.title.isBlank()) {
                throw new ProblemException(ProblemType.VALIDATION, "title", "A post needs a title");
            }
            inputs.add(in);
            BlogPost post = post(next++, in, 1);
            posts.put(post.id(), post);
            return post;
        }

        @Override
        public BlogPost edit(long id, long expectedVersion, PostInput in, long actorId) {
            inputs.add(in);
            BlogPost post = post(id, in, expectedVersion + 1);
            posts.put(id, post);
            return post;
        }

        @Override
        public void delete(long id, long expectedVersion, long actorId) {
            posts.remove(id);
        }

        @Override
        public Optional<BlogPost> find(long id, Long viewerId) {
            return Optional.ofNullable(posts.get(id));
        }

        @Override
        public Slice<BlogPost> unpublished(Blog blog, Long viewerId, Long before, int limit) {
            return new Slice<>(posts.values().stream().filter(p -> p.state() != PostState.PUBLISHED).toList(), null);
        }

        @Override
        public Slice<BlogPost> published(Blog blog, Long before, int limit) {
            return new Slice<>(posts.values().stream().filter(p -> p.state() == PostState.PUBLISHED).toList(), null);
        }

        @Override
        public List<Category> categories(Blog blog) {
            return List.of(new Category("launch", "Launch"));
        }

        private static BlogPost post(long id, PostInput in, long version) {
            return new BlogPost(id, BLOG.id(), in.title.toLowerCase(Locale.ROOT).replace(' ', '-'), in.title, in.body, "",
                    in.excerpt == null ? "" : in.excerpt, null, in.categories == null ? List.of() : in.categories,
                    in.tags == null ? List.of() : in.tags, in.state, in.publishAt, ANN.ref(), ItemStatus.PUBLISHED, Map.of(),
                    Instant.EPOCH, Instant.EPOCH, version);
        }
    }

    private static final class FakeMedia extends BlogMedia {
        @Override
        public StoredFile upload(Blog blog, long memberId, String name, String declaredType, InputStream content) {
            return new StoredFile(5, name, "image/png", 4, "00", memberId, Instant.EPOCH, "/api/v1/files/5?key=k");
        }
    }
}
