package org.symbiose.plugins.blog.metaweblog;

/**
 * A refusal answered as an XML-RPC fault, with WordPress's codes where clients know them (403 for a bad login),
 * the XML-RPC interoperability codes for calls that cannot be understood. Nothing was written when it is thrown.
 */
public class XmlRpcFault extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Not well-formed or unsafe XML (a DTD, an entity). */
    public static final int PARSE_ERROR = -32700;
    /** Well-formed, but not an XML-RPC call. */
    public static final int NOT_XML_RPC = -32600;
    /** No such method. */
    public static final int UNKNOWN_METHOD = -32601;
    /** Parameters missing or of the wrong type. */
    public static final int BAD_PARAMETERS = -32602;
    /** A failure on our side. */
    public static final int INTERNAL = -32603;
    /** A value the content rules refuse (a title too long, a date in the past where the blog forbids it). */
    public static final int INVALID = 400;
    /** Signed in, but not allowed to do this. */
    public static final int FORBIDDEN = 401;
    /** Unknown user name or API token: WordPress's code, which clients show as a login failure. */
    public static final int BAD_LOGIN = 403;
    /** No such blog, post or category. */
    public static final int NOT_FOUND = 404;
    /** The change conflicts with the current state (a slug taken). */
    public static final int CONFLICT = 409;
    /** A file too large, or a request. */
    public static final int TOO_LARGE = 413;
    /** A file type refused. */
    public static final int UNSUPPORTED = 415;

    private final int code;

    public XmlRpcFault(int code, String message) {
        super(message);
        this.code = code;
    }

    public int code() {
        return code;
    }
}
