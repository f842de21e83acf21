package org.symbiose.plugins.blog.post;

/**
 * What a permalink address leads to.
 *
 * @param post    the post
 * @param current whether the address is the post's current permalink; if not (an old slug, another
 *                month), answer a redirect to {@link Permalinks#path}
 */
public record PermalinkMatch(BlogPost post, boolean current) {
}
