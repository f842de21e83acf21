package org.symbiose.plugins.blog;

import jakarta.ws.rs.core.UriInfo;

/**
 * Absolute addresses for protocols whose clients need them (AtomPub, MetaWeblog): the API is served under
 * {@code <site>/api/v1/}, so the site's root is the request's base URI less that.
 */
public final class SiteAddresses {

    private SiteAddresses() {
    }

    /** The site's root, ending with a slash. */
    public static String root(UriInfo uri) {
        String base = uri.getBaseUri().toString();
        int api = base.lastIndexOf("api/v1");
        return api < 0 ? base : base.substring(0, api);
    }

    /** {@code path} (starting with a slash, as {@code /p/blog/…} or {@code /api/v1/files/…}) made absolute. */
    public static String absolute(UriInfo uri, String path) {
        String root = root(uri);
        return path.startsWith("/") ? root + path.substring(1) : root + path;
    }
}
