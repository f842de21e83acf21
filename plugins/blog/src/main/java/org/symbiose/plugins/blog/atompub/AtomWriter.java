package org.symbiose.plugins.blog.atompub;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Writes AtomPub's documents: entries, collection feeds and the service document. */
public final class AtomWriter {

    public static final String ENTRY_TYPE = "application/atom+xml;type=entry";
    public static final String FEED_TYPE = "application/atom+xml;type=feed";
    public static final String SERVICE_TYPE = "application/atomsvc+xml";

    private AtomWriter() {
    }

    /**
     * A collection the service document lists.
     *
     * @param title      its title
     * @param href       its URI
     * @param accept     the media ranges it takes ({@code application/atom+xml;type=entry}, {@code image/*})
     * @param categories the category terms posts may use (fixed="no": others are created), or none
     */
    public record Collection(String title, String href, List<String> accept, List<String> categories) {
    }

    /** A workspace (one blog) and its collections. */
    public record Workspace(String title, List<Collection> collections) {
    }

    private interface Body {
        void write(XMLStreamWriter writer) throws XMLStreamException;
    }

    /** A standalone entry document. */
    public static byte[] entry(EntryView entry) {
        return document(writer -> {
            writer.writeStartElement("entry");
            writer.writeDefaultNamespace(AtomEntryReader.ATOM);
            writer.writeNamespace("app", AtomEntryReader.APP);
            entryBody(writer, entry);
            writer.writeEndElement();
        });
    }

    /** A page of a collection: its entries, newest first, with a {@code next} link to the following page. */
    public static byte[] feed(String id, String title, String self, String next, Instant updated, List<EntryView> entries) {
        return document(writer -> {
            writer.writeStartElement("feed");
            writer.writeDefaultNamespace(AtomEntryReader.ATOM);
            writer.writeNamespace("app", AtomEntryReader.APP);
            text(writer, "id", id);
            text(writer, "title", title);
            text(writer, "updated", date(updated));
            link(writer, "self", self, null);
            if (next != null) {
                link(writer, "next", next, null);
            }
            for (EntryView entry : entries) {
                writer.writeStartElement("entry");
                entryBody(writer, entry);
                writer.writeEndElement();
            }
            writer.writeEndElement();
        });
    }

    /** The service document (RFC 5023 §8). */
    public static byte[] service(List<Workspace> workspaces) {
        return document(writer -> {
            writer.writeStartElement("service");
            writer.writeDefaultNamespace(AtomEntryReader.APP);
            writer.writeNamespace("atom", AtomEntryReader.ATOM);
            for (Workspace workspace : workspaces) {
                writer.writeStartElement("workspace");
                atomText(writer, "title", workspace.title());
                for (Collection collection : workspace.collections()) {
                    writer.writeStartElement("collection");
                    writer.writeAttribute("href", collection.href());
                    atomText(writer, "title", collection.title());
                    for (String accept : collection.accept()) {
                        writer.writeStartElement("accept");
                        writer.writeCharacters(accept);
                        writer.writeEndElement();
                    }
                    if (!collection.categories().isEmpty()) {
                        writer.writeStartElement("categories");
                        writer.writeAttribute("fixed", "no");
                        for (String term : collection.categories()) {
                            writer.writeEmptyElement("atom", "category", AtomEntryReader.ATOM);
                            writer.writeAttribute("term", term);
                        }
                        writer.writeEndElement();
                    }
                    writer.writeEndElement();
                }
                writer.writeEndElement();
            }
            writer.writeEndElement();
        });
    }

    private static void entryBody(XMLStreamWriter writer, EntryView entry) throws XMLStreamException {
        text(writer, "id", entry.id());
        text(writer, "title", entry.title());
        text(writer, "updated", date(entry.updated()));
        writer.writeStartElement("app", "edited", AtomEntryReader.APP);
        writer.writeCharacters(date(entry.updated()));
        writer.writeEndElement();
        if (entry.published() != null) {
            text(writer, "published", date(entry.published()));
        }
        writer.writeStartElement("author");
        text(writer, "name", entry.author());
        writer.writeEndElement();
        for (String term : entry.categories()) {
            writer.writeEmptyElement("category");
            writer.writeAttribute("term", term);
        }
        if (!entry.summary().isEmpty()) {
            text(writer, "summary", entry.summary());
        }
        link(writer, "edit", entry.edit(), null);
        if (entry.alternate() != null) {
            link(writer, "alternate", entry.alternate(), "text/html");
        }
        if (entry.media() != null) {
            link(writer, "edit-media", entry.media().editMedia(), null);
            writer.writeEmptyElement("content");
            writer.writeAttribute("type", entry.media().type());
            writer.writeAttribute("src", entry.media().src());
        } else {
            writer.writeStartElement("content");
            writer.writeAttribute("type", "text/markdown");
            writer.writeCharacters(entry.body());
            writer.writeEndElement();
        }
        if (entry.draft()) {
            writer.writeStartElement("app", "control", AtomEntryReader.APP);
            writer.writeStartElement("app", "draft", AtomEntryReader.APP);
            writer.writeCharacters("yes");
            writer.writeEndElement();
            writer.writeEndElement();
        }
    }

    private static byte[] document(Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLOutputFactory factory = XMLOutputFactory.newDefaultFactory();
            XMLStreamWriter writer = factory.createXMLStreamWriter(out, "UTF-8");
            writer.writeStartDocument("UTF-8", "1.0");
            body.write(writer);
            writer.writeEndDocument();
            writer.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Writing to memory cannot fail", e);
        }
        return out.toByteArray();
    }

    private static void text(XMLStreamWriter writer, String name, String value) throws XMLStreamException {
        writer.writeStartElement(name);
        writer.writeCharacters(value == null ? "" : value);
        writer.writeEndElement();
    }

    private static void atomText(XMLStreamWriter writer, String name, String value) throws XMLStreamException {
        writer.writeStartElement("atom", name, AtomEntryReader.ATOM);
        writer.writeCharacters(value);
        writer.writeEndElement();
    }

    private static void link(XMLStreamWriter writer, String rel, String href, String type) throws XMLStreamException {
        writer.writeEmptyElement("link");
        writer.writeAttribute("rel", rel);
        writer.writeAttribute("href", href);
        if (type != null) {
            writer.writeAttribute("type", type);
        }
    }

    private static String date(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }
}
