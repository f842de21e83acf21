package org.symbiose.plugins.blog.post;

/**
 * One of a blog's categories.
 *
 * @param slug its address form, {@code [a-z0-9-]}
 * @param name as the authors wrote it
 */
public record Category(String slug, String name) {
}
