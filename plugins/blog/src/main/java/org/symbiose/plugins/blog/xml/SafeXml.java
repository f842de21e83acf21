package org.symbiose.plugins.blog.xml;

import java.io.IOException;
import java.io.InputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The plugin's one way to read XML (WordPress exports, XML-RPC calls, Atom entries): every document comes
 * from outside, so no DTD is ever processed (a document declaring one is refused whole), no external entity
 * or DTD is fetched, no entity is expanded, and a document is read only up to a size and a nesting depth.
 *
 * <p>Both parsers are the JDK's own ({@code newDefaultFactory}), not whatever the server's class path
 * offers, so the settings below mean what they say.
 */
public final class SafeXml {

    /** What a remote-publishing request may weigh: a post with a few images inline (base64). */
    public static final long REQUEST_BYTES = 32L * 1024 * 1024;
    /** Deeper than any real document of ours; a bound for recursive readers (XML-RPC values). */
    public static final int MAX_DEPTH = 64;

    private final long maxBytes;
    private final int maxDepth;

    /** Documents of at most {@code maxBytes} bytes and {@link #MAX_DEPTH} levels. */
    public SafeXml(long maxBytes) {
        this(maxBytes, MAX_DEPTH);
    }

    public SafeXml(long maxBytes, int maxDepth) {
        if (maxBytes <= 0 || maxDepth <= 0) {
            throw new IllegalArgumentException("Limits must be positive");
        }
        this.maxBytes = maxBytes;
        this.maxDepth = maxDepth;
    }

    /** Reads a document with StAX, pulling events from a reader that cannot be turned against us. */
    @FunctionalInterface
    public interface Reading<T> {
        T read(XMLStreamReader reader) throws XMLStreamException;
    }

    /**
     * Runs {@code reading} on a streaming reader of {@code in} (not closed).
     *
     * @throws XmlRefusedException if the document is malformed, declares a DTD, or goes past a limit; also
     *                             when {@code reading} itself throws an {@link XMLStreamException}; its other
     *                             exceptions pass unchanged
     */
    public <T> T read(InputStream in, Reading<T> reading) {
        XMLStreamReader reader = null;
        try {
            reader = new Guarded(streams().createXMLStreamReader(new LimitedInputStream(in, maxBytes)), maxDepth);
            return reading.read(reader);
        } catch (XMLStreamException e) {
            throw refusal(e);
        } catch (XmlRefusedException e) {
            throw e;
        } catch (RuntimeException e) {
            // the reading's own refusals (not the document expected) pass as they are
            XmlRefusedException refused = refusal(e);
            throw refused.reason() == XmlRefusedException.Reason.TOO_LARGE ? refused : e;
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException e) {
                    // nothing held beyond the stream, which is the caller's
                }
            }
        }
    }

    /**
     * A DOM of {@code in} (not closed).
     *
     * @throws XmlRefusedException if the document is malformed, declares a DTD, or goes past a limit
     */
    public Document document(InputStream in) {
        try {
            Document document = documents().parse(new LimitedInputStream(in, maxBytes));
            if (depth(document.getDocumentElement(), 1) > maxDepth) {
                throw new XmlRefusedException(XmlRefusedException.Reason.TOO_DEEP,
                        "Elements are nested deeper than " + maxDepth + " levels");
            }
            return document;
        } catch (SAXException | IOException e) {
            throw refusal(e);
        }
    }

    private static int depth(org.w3c.dom.Node node, int level) {
        int deepest = level;
        for (org.w3c.dom.Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == org.w3c.dom.Node.ELEMENT_NODE) {
                deepest = Math.max(deepest, depth(child, level + 1));
            }
        }
        return deepest;
    }

    private static XMLInputFactory streams() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXMLResolver((publicId, systemId, base, namespace) -> {
            throw new XMLStreamException("External resources are never loaded: " + systemId);
        });
        return factory;
    }

    private static DocumentBuilder documents() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("External resources are never loaded: " + systemId);
            });
            // the default handler prints to the server's console; a refusal says it all
            builder.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                }

                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK's parser lacks a safety feature", e);
        }
    }

    private static XmlRefusedException refusal(Exception e) {
        for (Throwable cause = e; cause != null; cause = next(cause)) {
            if (cause instanceof XmlRefusedException refused) {
                return refused;
            }
            if (cause instanceof LimitedInputStream.LimitReached limit) {
                return new XmlRefusedException(XmlRefusedException.Reason.TOO_LARGE, limit.getMessage(), e);
            }
        }
        String message = String.valueOf(e.getMessage());
        if (message.contains("DOCTYPE")) {
            return new XmlRefusedException(XmlRefusedException.Reason.DOCTYPE,
                    "Documents declaring a DTD (DOCTYPE) are refused", e);
        }
        return new XmlRefusedException(XmlRefusedException.Reason.MALFORMED, "Not well-formed XML: " + message, e);
    }

    // StAX keeps its cause apart from the usual chain
    private static Throwable next(Throwable cause) {
        if (cause.getCause() != null && cause.getCause() != cause) {
            return cause.getCause();
        }
        return cause instanceof XMLStreamException stream && stream.getNestedException() != cause
                ? stream.getNestedException() : null;
    }

    /** Refuses a DTD as soon as the reader meets one, and nesting past the limit. */
    private static final class Guarded extends StreamReaderDelegate {
        private final int maxDepth;
        private int depth;

        Guarded(XMLStreamReader reader, int maxDepth) throws XMLStreamException {
            super(reader);
            this.maxDepth = maxDepth;
            check(reader.getEventType());
        }

        @Override
        public int next() throws XMLStreamException {
            return check(super.next());
        }

        @Override
        public int nextTag() throws XMLStreamException {
            // nextTag skips events through next(), so they are checked there
            int event;
            do {
                event = next();
            } while (event == CHARACTERS && isWhiteSpace() || event == SPACE || event == COMMENT
                    || event == PROCESSING_INSTRUCTION);
            if (event != START_ELEMENT && event != END_ELEMENT) {
                throw new XMLStreamException("Expected an element", getLocation());
            }
            return event;
        }

        @Override
        public String getElementText() throws XMLStreamException {
            if (getEventType() != START_ELEMENT) {
                throw new XMLStreamException("Text is read from the start of an element", getLocation());
            }
            StringBuilder text = new StringBuilder();
            for (int event = next(); event != END_ELEMENT; event = next()) {
                switch (event) {
                    case CHARACTERS, CDATA, SPACE -> text.append(getText());
                    case COMMENT, PROCESSING_INSTRUCTION -> {
                    }
                    case END_DOCUMENT -> throw new XMLStreamException("The document ends inside an element", getLocation());
                    default -> throw new XMLStreamException("An element holds more than text", getLocation());
                }
            }
            return text.toString();
        }

        private int check(int event) {
            switch (event) {
                case XMLStreamConstants.DTD -> throw new XmlRefusedException(XmlRefusedException.Reason.DOCTYPE,
                        "Documents declaring a DTD (DOCTYPE) are refused");
                case XMLStreamConstants.ENTITY_REFERENCE -> throw new XmlRefusedException(XmlRefusedException.Reason.MALFORMED,
                        "Entity references other than XML's own are refused");
                case XMLStreamConstants.START_ELEMENT -> {
                    if (++depth > maxDepth) {
                        throw new XmlRefusedException(XmlRefusedException.Reason.TOO_DEEP,
                                "Elements are nested deeper than " + maxDepth + " levels");
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> depth--;
                default -> {
                }
            }
            return event;
        }
    }
}
