package org.symbiose.plugins.blog.xml;

/**
 * A document {@link SafeXml} will not read: malformed, declaring a DTD (the door to external entities and
 * entity bombs), too large or too deeply nested. Nothing read from it may be used.
 */
public class XmlRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why, so that each protocol answers its own error (400 or 413, an XML-RPC fault). */
    public enum Reason {
        /** Not well-formed XML, or not the document expected. */
        MALFORMED,
        /** A DOCTYPE: DTDs are never processed, so a document declaring one is refused whole. */
        DOCTYPE,
        /** More bytes than the limit. */
        TOO_LARGE,
        /** Elements nested deeper than the limit. */
        TOO_DEEP
    }

    private final Reason reason;

    public XmlRefusedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public XmlRefusedException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
