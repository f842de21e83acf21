package org.symbiose.plugins.blog.wxr;

/**
 * A category or a tag.
 *
 * @param slug        its stable short name ({@code nicename})
 * @param name        the name shown
 * @param parentSlug  the parent category's slug, empty for none (tags have none)
 * @param description may be empty
 */
public record WxrTerm(String slug, String name, String parentSlug, String description) {
}
