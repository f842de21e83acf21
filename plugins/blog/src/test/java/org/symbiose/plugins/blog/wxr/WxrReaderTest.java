package org.symbiose.plugins.blog.wxr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.symbiose.plugins.blog.xml.SafeXml;
import org.symbiose.plugins.blog.xml.XmlRefusedException;

class WxrReaderTest {

    private final WxrReader reader = new WxrReader(new SafeXml(1024 * 1024));

    @Test
    void readsEverythingTheFixtureHolds() throws IOException {
        WordPressExport export;
        try (InputStream in = WxrReaderTest.class.getResourceAsStream("/wxr/wordpress-export.xml")) {
            export = reader.read(in);
        }
        assertEquals("Atelier Vélo", export.title());
        assertEquals("1.2", export.wxrVersion());
        assertEquals("fr-FR", export.language());
        assertEquals(List.of(new WxrAuthor("1", "admin", "admin@localhost", "Admin"),
                new WxrAuthor("2", "claire", "claire.dupont@atelier-velo.example", "Claire Dupont")), export.authors());
        assertEquals(new WxrTerm("freins", "Freins", "entretien", ""), export.categories().get(1));
        assertEquals(3, export.categories().size());
        assertEquals(List.of(new WxrTerm("atelier", "Atelier", "", ""), new WxrTerm("velotaf", "Vélotaf", "", "")), export.tags());
        assertEquals(List.of("post", "attachment", "post", "page", "post", "nav_menu_item", "post"),
                export.items().stream().map(WxrItem::type).toList());

        WxrItem post = export.items().get(0);
        assertEquals("101", post.id());
        assertEquals("Régler ses freins en 10 minutes", post.title());
        assertEquals("claire", post.creatorLogin());
        assertEquals("regler-ses-freins", post.slug());
        assertEquals("publish", post.status());
        assertEquals(Instant.parse("2023-05-16T08:30:00Z"), post.date());
        assertTrue(post.content().startsWith("<p>Un frein qui frotte"));
        assertEquals("Centrer l'étrier, tendre le câble : le b.a.-ba.", post.excerpt());
        assertEquals(List.of(new WxrTerm("freins", "Freins", "", "")), post.categories());
        assertEquals(List.of("atelier", "velotaf"), post.tags().stream().map(WxrTerm::slug).toList());
        assertEquals(5, post.comments().size());
        WxrComment reply = post.comments().get(1);
        assertEquals("12", reply.id());
        assertEquals("11", reply.parentId());
        assertEquals(Instant.parse("2023-05-16T11:15:00Z"), reply.date());
        assertEquals("", post.comments().get(0).parentId());
        assertTrue(reply.bySiteUser());
        assertEquals(false, post.comments().get(0).bySiteUser());
        assertEquals(List.of(WxrComment.Approval.APPROVED, WxrComment.Approval.APPROVED, WxrComment.Approval.PENDING,
                WxrComment.Approval.SPAM, WxrComment.Approval.APPROVED),
                post.comments().stream().map(WxrComment::approval).toList());
        assertEquals("pingback", post.comments().get(4).type());
        assertTrue(post.comments().get(4).content().endsWith("les freins […]"));

        WxrItem attachment = export.items().get(1);
        assertEquals("https://atelier-velo.example/wp-content/uploads/2023/05/etrier.jpg", attachment.attachmentUrl());
        assertEquals("101", attachment.parentId());
        assertTrue(attachment.hasParent());

        WxrItem draft = export.items().get(2);
        assertEquals("draft", draft.status());
        // no GMT date for a draft: the local one, taken as UTC
        assertEquals(Instant.parse("2024-02-10T19:00:00Z"), draft.date());
        assertEquals("", draft.slug());
        assertEquals("future", export.items().get(4).status());
    }

    @Test
    void refusesAFileThatIsNotWxr() throws IOException {
        try (InputStream in = WxrReaderTest.class.getResourceAsStream("/wxr/not-wordpress.xml")) {
            assertThrows(NotWxrException.class, () -> reader.read(in));
        }
        assertThrows(NotWxrException.class, () -> reader.read(in("<feed xmlns=\"http://www.w3.org/2005/Atom\"/>")));
        assertThrows(NotWxrException.class, () -> reader.read(in("<rss xmlns:wp=\"http://wordpress.org/export/9.0/\">"
                + "<channel><wp:wxr_version>9.0</wp:wxr_version></channel></rss>")));
    }

    @Test
    void refusesMalformedAndUnsafeXml() {
        assertThrows(XmlRefusedException.class, () -> reader.read(in("<rss xmlns:wp=\"http://wordpress.org/export/1.2/\">"
                + "<channel><wp:wxr_version>1.2</wp:wxr_version><item></channel></rss>")));
        assertThrows(XmlRefusedException.class, () -> reader.read(in("<!DOCTYPE rss [<!ENTITY a \"aaaa\">]>"
                + "<rss><channel><title>&a;</title></channel></rss>")));
    }

    private static InputStream in(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
