package org.symbiose.plugins.blog.atompub;

import java.io.InputStream;
import java.io.StringWriter;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import org.symbiose.api.rest.ProblemException;
import org.symbiose.api.rest.ProblemType;
import org.symbiose.plugins.blog.xml.SafeXml;
import org.symbiose.plugins.blog.xml.XmlRefusedException;

/**
 * Reads the Atom entry a client POSTs or PUTs, through the plugin's safe parser. Read here rather than with
 * Rome: an entry is a handful of elements, and Rome's entry parser builds its own parser.
 */
public final class AtomEntryReader {

    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String APP = "http://www.w3.org/2007/app";

    private final SafeXml xml;

    public AtomEntryReader(SafeXml xml) {
        this.xml = xml;
    }

    /**
     * The entry in {@code in}.
     *
     * @throws ProblemException 400 for XML that is malformed, unsafe or not an Atom entry; 413 past the size limit
     */
    public EntryInput read(InputStream in) {
        try {
            return xml.read(in, this::entry);
        } catch (XmlRefusedException e) {
            throw new ProblemException(e.reason() == XmlRefusedException.Reason.TOO_LARGE ? ProblemType.PAYLOAD_TOO_LARGE
                    : ProblemType.BAD_REQUEST, e.getMessage());
        }
    }

    private EntryInput entry(XMLStreamReader reader) throws XMLStreamException {
        reader.nextTag();
        if (!ATOM.equals(reader.getNamespaceURI()) || !"entry".equals(reader.getLocalName())) {
            throw new ProblemException(ProblemType.BAD_REQUEST, "Not an Atom entry: the document is <"
                    + reader.getLocalName() + "> in " + reader.getNamespaceURI());
        }
        String title = "";
        String body = "";
        String summary = "";
        List<String> categories = new ArrayList<>();
        boolean draft = false;
        Instant published = null;
        while (reader.nextTag() == XMLStreamConstants.START_ELEMENT) {
            String ns = reader.getNamespaceURI();
            String name = reader.getLocalName();
            if (ATOM.equals(ns)) {
                switch (name) {
                    case "title" -> title = plain(reader, "title");
                    case "summary" -> summary = plain(reader, "summary");
                    case "content" -> body = content(reader);
                    case "category" -> {
                        String term = reader.getAttributeValue(null, "term");
                        if (term != null && !term.isBlank()) {
                            categories.add(term.strip());
                        }
                        skip(reader);
                    }
                    case "published" -> published = date(reader.getElementText());
                    default -> skip(reader);
                }
            } else if (APP.equals(ns) && "control".equals(name)) {
                while (reader.nextTag() == XMLStreamConstants.START_ELEMENT) {
                    if (APP.equals(reader.getNamespaceURI()) && "draft".equals(reader.getLocalName())) {
                        draft = "yes".equals(reader.getElementText().strip());
                    } else {
                        skip(reader);
                    }
                }
            } else {
                skip(reader);
            }
        }
        return new EntryInput(title.strip(), body, summary.strip(), categories, draft, published);
    }

    /** A text construct (RFC 4287 §3.1) as text: html and xhtml are read for their text. */
    private static String plain(XMLStreamReader reader, String what) throws XMLStreamException {
        String type = type(reader);
        if ("xhtml".equals(type)) {
            return xhtmlText(reader);
        }
        String text = reader.getElementText();
        return "html".equals(type) ? text.replaceAll("<[^>]*>", "") : text;
    }

    private static String content(XMLStreamReader reader) throws XMLStreamException {
        if (reader.getAttributeValue(null, "src") != null) {
            throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "content",
                    "An entry's content must be inline; post files to the media collection");
        }
        String type = type(reader);
        return switch (type) {
            case "text", "html", "text/markdown", "text/plain", "text/html" -> reader.getElementText();
            case "xhtml" -> xhtml(reader);
            default -> throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "content",
                    "Content of type " + type + " is not taken: use text, html, xhtml or text/markdown");
        };
    }

    private static String type(XMLStreamReader reader) {
        String type = reader.getAttributeValue(null, "type");
        return type == null || type.isBlank() ? "text" : type.strip();
    }

    /** The markup inside xhtml content's {@code div}, written back as HTML text. */
    private static String xhtml(XMLStreamReader reader) throws XMLStreamException {
        StringWriter html = new StringWriter();
        XMLStreamWriter writer = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(html);
        int depth = 0;
        boolean inDiv = false;
        for (int event = reader.next(); ; event = reader.next()) {
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    if (!inDiv && depth == 0 && "div".equals(reader.getLocalName())) {
                        inDiv = true;
                    } else {
                        writer.writeStartElement(reader.getLocalName());
                        for (int i = 0; i < reader.getAttributeCount(); i++) {
                            writer.writeAttribute(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
                        }
                    }
                    depth++;
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    if (depth == 0) {
                        writer.flush();
                        return html.toString().strip();
                    }
                    depth--;
                    if (!(inDiv && depth == 0)) {
                        writer.writeEndElement();
                    }
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        writer.writeCharacters(reader.getText());
                case XMLStreamConstants.END_DOCUMENT -> throw new XMLStreamException("The document ends inside content");
                default -> {
                }
            }
        }
    }

    private static String xhtmlText(XMLStreamReader reader) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            switch (reader.next()) {
                case XMLStreamConstants.START_ELEMENT -> depth++;
                case XMLStreamConstants.END_ELEMENT -> depth--;
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> text.append(reader.getText());
                case XMLStreamConstants.END_DOCUMENT -> throw new XMLStreamException("The document ends inside an element");
                default -> {
                }
            }
        }
        return text.toString();
    }

    private static void skip(XMLStreamReader reader) throws XMLStreamException {
        xhtmlText(reader);
    }

    private static Instant date(String text) {
        try {
            return OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new ProblemException(ProblemType.VALIDATION, "published", "Not an RFC 3339 date: " + text.strip());
        }
    }
}
