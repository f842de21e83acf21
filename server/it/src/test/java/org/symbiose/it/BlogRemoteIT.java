package org.symbiose.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.xmlrpc.XmlRpcException;
import org.apache.xmlrpc.client.XmlRpcClient;
import org.apache.xmlrpc.client.XmlRpcClientConfigImpl;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Remote publishing on the blog plugin: AtomPub (RFC 5023) create, read, edit with If-Match and delete of an
 * entry and a media upload; the MetaWeblog API called through Apache's XML-RPC client, signed in with an API
 * token; an external entity and an entity bomb refused by both, with nothing written.
 */
class BlogRemoteIT extends Deployed {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String ENTRY_TYPE = "application/atom+xml;type=entry";
    private static final String XXE = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>";
    private static final String BOMB = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\">"
            + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
            + "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">]>";

    private static Accounts.Account owner;
    private static String blog;

    @BeforeAll
    static void blog() {
        owner = Accounts.withRole("COMMUNITY_MANAGER");
        blog = "r-" + UUID.randomUUID().toString().substring(0, 12);
        Reply created = owner.api().post("api/v1/blog/blogs", "{\"name\":\"" + blog + "\",\"title\":\"Remote " + blog
                + "\",\"language\":\"en\",\"official\":true}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
    }

    @Test
    void atomPubCreatesEditsAndDeletesAnEntryAndTakesAnImage() throws Exception {
        String atom = "api/v1/blog/atompub/";
        Reply service = owner.api().get(atom + "service");
        assertThat(service.status()).as(service.toString()).isEqualTo(200);
        assertThat(service.contentType()).startsWith("application/atomsvc+xml");
        String entries = collection(parse(service.body()), "/blogs/" + blog + "/entries");
        assertThat(Api.anonymous().get(atom + "service").status()).isEqualTo(401);

        Reply created = owner.api().send("POST", entries, entry("First from Atom", "**Hello** Atom"), ENTRY_TYPE,
                "Slug", "first from atom");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String location = created.header("Location");
        assertThat(location).contains("/atompub/blogs/" + blog + "/entries/");
        String etag = created.header("ETag");
        Element read = parse(owner.api().get(location).body()).getDocumentElement();
        assertThat(text(read, "title")).isEqualTo("First from Atom");
        assertThat(text(read, "content")).isEqualTo("**Hello** Atom");
        assertThat(owner.api().get(location, "If-None-Match", etag).status()).isEqualTo(304);
        assertThat(Api.anonymous().get("api/v1/blog/blogs/" + blog + "/posts").body()).contains("First from Atom");

        assertThat(owner.api().send("PUT", location, entry("Edited", "x"), ENTRY_TYPE).status())
                .as("an edit says which version it changes").isEqualTo(428);
        Reply edited = owner.api().send("PUT", location, entry("Edited from Atom", "Changed"), ENTRY_TYPE, "If-Match", etag);
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(text(parse(edited.body()).getDocumentElement(), "title")).isEqualTo("Edited from Atom");
        assertThat(owner.api().send("PUT", location, entry("Stale", "x"), ENTRY_TYPE, "If-Match", etag).status())
                .as("stale").isEqualTo(409);
        assertThat(Accounts.member().api().send("PUT", location, entry("Not mine", "x"), ENTRY_TYPE, "If-Match",
                edited.header("ETag")).status()).isIn(403, 404);

        String media = entries.replace("/entries", "/media");
        Reply uploaded = owner.api().upload(media, Uploads.PNG, "image/png", "Slug", "dot.png");
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        Element link = parse(uploaded.body()).getDocumentElement();
        String src = ((Element) link.getElementsByTagNameNS(ATOM, "content").item(0)).getAttribute("src");
        assertThat(src).contains("/api/v1/files/");
        Reply image = Api.anonymous().get(src);
        assertThat(image.status()).isEqualTo(200);
        assertThat(owner.api().get(media).body()).contains(src.replace("&", "&amp;"));

        assertThat(owner.api().delete(location).status()).isEqualTo(204);
        assertThat(owner.api().get(location).status()).isEqualTo(404);
    }

    @Test
    void atomPubRefusesAnExternalEntityAndABomb() {
        String entries = "api/v1/blog/atompub/blogs/" + blog + "/entries";
        String before = owner.api().get("api/v1/blog/blogs/" + blog + "/posts?unpublished=true").body();
        Reply xxe = owner.api().send("POST", entries, XXE + "<entry xmlns=\"" + ATOM + "\"><title>&e;</title></entry>", ENTRY_TYPE);
        assertThat(xxe.status()).as(xxe.toString()).isEqualTo(400);
        assertThat(xxe.contentType()).startsWith("application/problem+json");
        assertThat(xxe.body()).doesNotContain("root:");
        Reply bomb = owner.api().send("POST", entries, BOMB + "<entry xmlns=\"" + ATOM + "\"><title>&e;</title></entry>", ENTRY_TYPE);
        assertThat(bomb.status()).as(bomb.toString()).isEqualTo(400);
        assertThat(owner.api().send("POST", entries, "<entry xmlns=\"" + ATOM + "\"><title>", ENTRY_TYPE).status())
                .as("malformed").isEqualTo(400);
        assertThat(owner.api().send("POST", entries, "{\"title\":\"json\"}", "application/json").status()).isEqualTo(415);
        assertThat(owner.api().get("api/v1/blog/blogs/" + blog + "/posts?unpublished=true").body()).as("nothing written")
                .isEqualTo(before);
    }

    @Test
    void metaWeblogThroughARealXmlRpcClient() throws Exception {
        XmlRpcClient client = client();
        String user = owner.email();
        String token = owner.api().token();

        Object[] blogs = (Object[]) client.execute("blogger.getUsersBlogs", new Object[] {"", user, token});
        assertThat(blogs).anySatisfy(b -> assertThat(((Map<?, ?>) b).get("blogid")).isEqualTo(blog));

        Map<String, Object> post = new HashMap<>();
        post.put("title", "From a desktop editor");
        post.put("description", "Written *offline*");
        post.put("categories", new Object[] {"Desktop"});
        post.put("mt_keywords", "remote, xmlrpc");
        String id = (String) client.execute("metaWeblog.newPost", new Object[] {blog, user, token, post, true});
        Map<?, ?> read = (Map<?, ?>) client.execute("metaWeblog.getPost", new Object[] {id, user, token});
        assertThat(read.get("title")).isEqualTo("From a desktop editor");
        assertThat(read.get("description")).isEqualTo("Written *offline*");
        assertThat((Object[]) read.get("categories")).containsExactly("Desktop");
        assertThat(read.get("dateCreated")).isInstanceOf(Date.class);
        assertThat((String) read.get("link")).contains("/p/blog/post.xhtml?blog=" + blog + "&month=");

        post.put("title", "From a desktop editor, edited");
        assertThat(client.execute("metaWeblog.editPost", new Object[] {id, user, token, post, true})).isEqualTo(true);
        Object[] recent = (Object[]) client.execute("metaWeblog.getRecentPosts", new Object[] {blog, user, token, 5});
        assertThat(recent).anySatisfy(p -> assertThat(((Map<?, ?>) p).get("title")).isEqualTo("From a desktop editor, edited"));
        Object[] categories = (Object[]) client.execute("metaWeblog.getCategories", new Object[] {blog, user, token});
        assertThat(categories).anySatisfy(c -> assertThat(((Map<?, ?>) c).get("categoryName")).isEqualTo("Desktop"));

        Map<String, Object> file = Map.of("name", "dot.png", "type", "image/png", "bits", Uploads.PNG);
        Map<?, ?> stored = (Map<?, ?>) client.execute("metaWeblog.newMediaObject", new Object[] {blog, user, token, file});
        assertThat((String) stored.get("url")).contains("/api/v1/files/");

        assertThat(client.execute("blogger.deletePost", new Object[] {"", id, user, token, true})).isEqualTo(true);
        assertThat(Api.anonymous().get("api/v1/blog/posts/" + id).status()).isEqualTo(404);

        assertFault(403, () -> client.execute("metaWeblog.getRecentPosts", new Object[] {blog, user, "sym_wrong", 5}));
        assertFault(403, () -> client.execute("blogger.getUsersBlogs", new Object[] {"", "someone@else.test", token}));
        Accounts.Account outsider = Accounts.member("Outsider");
        assertFault(401, () -> client.execute("metaWeblog.newPost", new Object[] {blog, outsider.email(), outsider.api().token(),
                post, true}));
        assertFault(404, () -> client.execute("metaWeblog.getPost", new Object[] {"999999999", user, token}));
        assertFault(-32601, () -> client.execute("metaWeblog.noSuchMethod", new Object[] {}));
        assertFault(-32602, () -> client.execute("metaWeblog.newPost", new Object[] {blog, user, token}));
    }

    @Test
    void metaWeblogRefusesAnExternalEntityAndABomb() {
        String before = owner.api().get("api/v1/blog/blogs/" + blog + "/posts?unpublished=true").body();
        String call = "<methodCall><methodName>metaWeblog.newPost</methodName><params>"
                + "<param><value>" + blog + "</value></param><param><value>" + owner.email() + "</value></param>"
                + "<param><value>" + owner.api().token() + "</value></param>"
                + "<param><value><struct><member><name>title</name><value>&e;</value></member></struct></value></param>"
                + "<param><value><boolean>1</boolean></value></param></params></methodCall>";
        for (String prolog : List.of(XXE, BOMB)) {
            Reply fault = Api.anonymous().send("POST", "api/v1/blog/xmlrpc", prolog + call, "text/xml");
            assertThat(fault.status()).isEqualTo(200);
            assertThat(fault.body()).contains("<name>faultCode</name><value><int>-32700</int></value>").doesNotContain("root:");
        }
        assertThat(Api.anonymous().send("POST", "api/v1/blog/xmlrpc", "<methodCall>", "text/xml").body()).contains("-32700");
        assertThat(owner.api().get("api/v1/blog/blogs/" + blog + "/posts?unpublished=true").body()).as("nothing written")
                .isEqualTo(before);
    }

    private static XmlRpcClient client() throws Exception {
        XmlRpcClientConfigImpl config = new XmlRpcClientConfigImpl();
        config.setServerURL(new URL(Api.BASE.resolve("api/v1/blog/xmlrpc").toString()));
        config.setTimeZone(TimeZone.getTimeZone("UTC"));
        XmlRpcClient client = new XmlRpcClient();
        client.setConfig(config);
        return client;
    }

    private interface Call {
        Object run() throws Exception;
    }

    private static void assertFault(int code, Call call) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(XmlRpcException.class,
                fault -> assertThat(fault.code).as(fault.getMessage()).isEqualTo(code));
    }

    private static String entry(String title, String markdown) {
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?><entry xmlns=\"" + ATOM + "\"><title>" + title + "</title>"
                + "<content type=\"text\">" + markdown + "</content><category term=\"Atom\"/></entry>";
    }

    private static String collection(Document service, String ending) {
        var collections = service.getElementsByTagNameNS("http://www.w3.org/2007/app", "collection");
        for (int i = 0; i < collections.getLength(); i++) {
            String href = ((Element) collections.item(i)).getAttribute("href");
            if (href.endsWith(ending)) {
                return href;
            }
        }
        throw new AssertionError("No collection ending with " + ending);
    }

    private static String text(Element entry, String name) {
        return entry.getElementsByTagNameNS(ATOM, name).item(0).getTextContent();
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
