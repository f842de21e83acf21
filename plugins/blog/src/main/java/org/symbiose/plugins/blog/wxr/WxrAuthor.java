package org.symbiose.plugins.blog.wxr;

/**
 * An author of the WordPress site.
 *
 * @param id          WordPress's user id, may be empty
 * @param login       the login, which items name as their creator
 * @param email       the e-mail address, may be empty
 * @param displayName the name shown; the login when WordPress had none
 */
public record WxrAuthor(String id, String login, String email, String displayName) {
}
