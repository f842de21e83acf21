package org.symbiose.plugins.blog.blog;

/**
 * One member of a blog's team.
 *
 * @param memberId    the member
 * @param displayName their public name (ignored on input)
 * @param role        what they do on the blog
 */
public record TeamMember(long memberId, String displayName, BlogRole role) {
}
