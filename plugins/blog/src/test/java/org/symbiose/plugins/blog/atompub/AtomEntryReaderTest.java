package org.symbiose.plugins.blog.atompub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.symbiose.api.rest.ProblemException;
import org.symbiose.api.rest.ProblemType;
import org.symbiose.plugins.blog.xml.SafeXml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class AtomEntryReaderTest {

    private final SafeXml xml = new SafeXml(64 * 1024);
    private final AtomEntryReader reader = new AtomEntryReader(xml);

    @Test
    void readsAClientsEntry() {
        EntryInput entry = read("""
                <?xml version="1.0" encoding="utf-8"?>
                <entry xmlns="http://www.w3.org/2005/Atom" xmlns:app="http://www.w3.org/2007/app">
                  <title type="text">Atom-Powered Robots Run Amok</title>
                  <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
                  <updated>2003-12-13T18:30:02Z</updated>
                  <published>2030-01-01T10:00:00+01:00</published>
                  <author><name>John Doe</name></author>
                  <summary type="html">&lt;b&gt;Some&lt;/b&gt; text.</summary>
                  <category term="robots"/><category term=" news "/>
                  <content type="text">**Hello** robots</content>
                  <app:control><app:draft>yes</app:draft></app:control>
                </entry>""");
        assertEquals(new EntryInput("Atom-Powered Robots Run Amok", "**Hello** robots", "Some text.", List.of("robots", "news"),
                true, Instant.parse("2030-01-01T09:00:00Z")), entry);
    }

    @Test
    void readsXhtmlContentAsHtml() {
        EntryInput entry = read("""
                <entry xmlns="http://www.w3.org/2005/Atom"><title>T</title>
                <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>A <a href="https://example.org">link</a> &amp; more</p></div></content>
                </entry>""");
        assertEquals("<p>A <a href=\"https://example.org\">link</a> &amp; more</p>", entry.body());
        assertEquals(false, entry.draft());
    }

    @Test
    void refusesWhatIsNotASafeEntry() {
        assertStatus(400, "<feed xmlns=\"http://www.w3.org/2005/Atom\"/>");
        assertStatus(400, "<entry><title>no namespace</title></entry>");
        assertStatus(400, "<?xml version=\"1.0\"?><!DOCTYPE entry [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<entry xmlns=\"http://www.w3.org/2005/Atom\"><title>&x;</title></entry>");
        assertStatus(415, "<entry xmlns=\"http://www.w3.org/2005/Atom\"><content type=\"image/png\">AAAA</content></entry>");
        assertStatus(413, "<entry xmlns=\"http://www.w3.org/2005/Atom\"><title>" + "x".repeat(70_000) + "</title></entry>");
        assertStatus(400, "<entry xmlns=\"http://www.w3.org/2005/Atom\"><published>yesterday</published></entry>");
    }

    @Test
    void writesEntriesAndServiceDocumentsThatReadBack() {
        EntryView view = new EntryView("urn:symbiose:blog:post:7", "Title", "**Body** & more", "Sum", List.of("news"), "Ann",
                Instant.parse("2024-01-31T10:00:00Z"), Instant.parse("2024-02-01T10:00:00Z"), true, "/e/7", "/p/blog/x", null);
        byte[] written = AtomWriter.entry(view);
        EntryInput back = reader.read(new ByteArrayInputStream(written));
        assertEquals(new EntryInput("Title", "**Body** & more", "Sum", List.of("news"), true, Instant.parse("2024-01-31T10:00:00Z")), back);

        Document feed = xml.document(new ByteArrayInputStream(AtomWriter.feed("urn:x", "Posts", "/self", "/next",
                Instant.EPOCH, List.of(view, new EntryView("urn:f", "pic.png", "", "", List.of(), "Ann", null, Instant.EPOCH, false,
                        "/m/1", null, new EntryView.Media("/api/v1/files/1?key=k", "image/png", "/m/1/file"))))));
        assertEquals(2, feed.getElementsByTagNameNS(AtomEntryReader.ATOM, "entry").getLength());
        Element media = (Element) feed.getElementsByTagNameNS(AtomEntryReader.ATOM, "content").item(1);
        assertEquals("/api/v1/files/1?key=k", media.getAttribute("src"));

        Document service = xml.document(new ByteArrayInputStream(AtomWriter.service(List.of(new AtomWriter.Workspace("My blog",
                List.of(new AtomWriter.Collection("Posts", "/entries", List.of(AtomWriter.ENTRY_TYPE), List.of("news")),
                        new AtomWriter.Collection("Media", "/media", List.of("image/png", "image/jpeg"), List.of())))))));
        assertEquals("service", service.getDocumentElement().getLocalName());
        assertEquals(AtomEntryReader.APP, service.getDocumentElement().getNamespaceURI());
        assertEquals(2, service.getElementsByTagNameNS(AtomEntryReader.APP, "collection").getLength());
        assertEquals(3, service.getElementsByTagNameNS(AtomEntryReader.ATOM, "title").getLength());
        assertTrue(new String(AtomWriter.service(List.of()), StandardCharsets.UTF_8).contains("<service"));
    }

    private void assertStatus(int status, String body) {
        ProblemException refused = assertThrows(ProblemException.class, () -> read(body));
        assertEquals(status, refused.type().status(), refused.getMessage());
    }

    private EntryInput read(String body) {
        return reader.read(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }
}
