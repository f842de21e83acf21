package org.symbiose.plugins.blog.wxr;

/** Well-formed XML that is not a WordPress export (an RSS feed, an Atom feed, another WXR version). */
public class NotWxrException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NotWxrException(String message) {
        super(message);
    }
}
