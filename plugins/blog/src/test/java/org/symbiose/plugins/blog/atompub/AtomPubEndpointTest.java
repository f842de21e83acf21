package org.symbiose.plugins.blog.atompub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.symbiose.api.content.StaleItemException;
import org.symbiose.api.rest.ProblemException;
import org.symbiose.plugins.blog.post.PostState;
import org.symbiose.plugins.blog.testing.Blogging;
import org.symbiose.plugins.blog.testing.Wiring;

/** AtomPub's collections on the blog's real services: the statuses, headers and documents a client gets. */
class AtomPubEndpointTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private final Blogging blogging = new Blogging();
    private final URI base = URI.create("https://site.example/api/v1/");
    private AtomPubEndpoint atom;

    @BeforeEach
    void wire() {
        atom = Wiring.wire(new AtomPubEndpoint(), blogging.blogs, blogging.posts, blogging.media(), blogging.community);
        blogging.officialBlog("news", "News");
    }

    @Test
    void createsReadsEditsAndDeletesAnEntry() {
        String service = text(atom.service(as(Blogging.MANAGER), uri("service"), request()));
        assertTrue(service.contains("href=\"https://site.example/api/v1/blog/atompub/blogs/news/entries\""), service);
        assertTrue(service.contains("<accept>image/png</accept>"), service);

        Response created = atom.create("news", "Hello Atom!", entry("Hello", "**Markdown** body", false),
                as(Blogging.MANAGER), uri("blogs/news/entries"));
        assertEquals(201, created.getStatus());
        String location = created.getLocation().toString();
        assertTrue(location.startsWith("https://site.example/api/v1/blog/atompub/blogs/news/entries/"), location);
        assertEquals("1", created.getEntityTag().getValue());
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        var post = blogging.posts.find(id, Blogging.MANAGER).orElseThrow();
        assertEquals("hello-atom", post.slug(), "the Slug header names the permalink");
        assertEquals(PostState.PUBLISHED, post.state());

        Response read = atom.read("news", id, as(Blogging.MANAGER), uri("blogs/news/entries/" + id), request());
        assertEquals(200, read.getStatus());
        assertTrue(text(read).contains("<content type=\"text/markdown\">**Markdown** body</content>"), text(read));

        assertEquals(428, assertThrows(ProblemException.class, () -> atom.edit("news", id, null,
                entry("Edited", "x", true), as(Blogging.MANAGER), uri("x"))).type().status());
        Response edited = atom.edit("news", id, "\"1\"", entry("Edited", "New body", true), as(Blogging.MANAGER), uri("x"));
        assertEquals(200, edited.getStatus());
        assertEquals(PostState.DRAFT, blogging.posts.find(id, Blogging.MANAGER).orElseThrow().state(), "app:draft");
        assertThrows(StaleItemException.class, () -> atom.edit("news", id, "\"1\"", entry("Stale", "x", true),
                as(Blogging.MANAGER), uri("x")));

        String list = text(atom.list("news", null, null, as(Blogging.MANAGER), uri("blogs/news/entries"), request()));
        assertTrue(list.contains("<title>Edited</title>") && list.contains("<app:draft>yes</app:draft>"), list);
        assertEquals(403, assertThrows(ProblemException.class, () -> atom.list("news", null, null, as(Blogging.READER),
                uri("x"), request())).type().status());

        assertEquals(204, atom.delete("news", id, null, as(Blogging.MANAGER)).getStatus());
        assertTrue(blogging.posts.find(id, Blogging.MANAGER).isEmpty());
    }

    @Test
    void takesAnImageAndRefusesOutsiders() {
        Response uploaded = atom.upload("news", "dot.png", "image/png", new ByteArrayInputStream(new byte[] {1, 2, 3}),
                as(Blogging.MANAGER), uri("blogs/news/media"));
        assertEquals(201, uploaded.getStatus());
        String entry = text(uploaded);
        assertTrue(entry.contains("src=\"https://site.example/api/v1/files/"), entry);
        assertTrue(entry.contains("rel=\"edit-media\""), entry);
        String media = text(atom.mediaList("news", as(Blogging.MANAGER), uri("blogs/news/media"), request()));
        assertTrue(media.contains("<entry>"), media);
        assertEquals(403, assertThrows(ProblemException.class, () -> atom.upload("news", "x.png", "image/png",
                new ByteArrayInputStream(new byte[] {1}), as(Blogging.READER), uri("x"))).type().status());
    }

    @Test
    void refusesUnsafeEntriesWritingNothing() {
        int items = blogging.store.size();
        for (String unsafe : new String[] {
                "<?xml version=\"1.0\"?><!DOCTYPE e [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><entry xmlns=\"" + ATOM
                        + "\"><title>&x;</title></entry>",
                "<?xml version=\"1.0\"?><!DOCTYPE e [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]><entry xmlns=\"" + ATOM
                        + "\"><title>&b;</title></entry>",
                "<entry xmlns=\"" + ATOM + "\"><title>unclosed"}) {
            ProblemException refused = assertThrows(ProblemException.class, () -> atom.create("news", null,
                    new ByteArrayInputStream(unsafe.getBytes(StandardCharsets.UTF_8)), as(Blogging.MANAGER), uri("x")));
            assertEquals(400, refused.type().status());
        }
        assertEquals(items, blogging.store.size());
    }

    private static InputStream entry(String title, String body, boolean draft) {
        String xml = "<entry xmlns=\"" + ATOM + "\" xmlns:app=\"http://www.w3.org/2007/app\"><title>" + title + "</title>"
                + "<content type=\"text\">" + body + "</content>"
                + (draft ? "<app:control><app:draft>yes</app:draft></app:control>" : "") + "</entry>";
        return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
    }

    private static SecurityContext as(long member) {
        Principal principal = () -> Long.toString(member);
        return (SecurityContext) Proxy.newProxyInstance(SecurityContext.class.getClassLoader(),
                new Class<?>[] {SecurityContext.class}, (proxy, method, args) -> "getUserPrincipal".equals(method.getName())
                        ? principal : null);
    }

    private UriInfo uri(String path) {
        URI request = base.resolve("blog/atompub/" + path);
        return (UriInfo) Proxy.newProxyInstance(UriInfo.class.getClassLoader(), new Class<?>[] {UriInfo.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getBaseUri" -> base;
                    case "getRequestUri" -> request;
                    case "getRequestUriBuilder" -> UriBuilder.fromUri(request);
                    case "getBaseUriBuilder" -> UriBuilder.fromUri(base);
                    default -> null;
                });
    }

    private static Request request() {
        return (Request) Proxy.newProxyInstance(Request.class.getClassLoader(), new Class<?>[] {Request.class},
                (proxy, method, args) -> null);
    }

    private static String text(Response response) {
        return new String((byte[]) response.getEntity(), StandardCharsets.UTF_8);
    }
}
