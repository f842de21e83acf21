package org.symbiose.plugins.faq.entry;

/**
 * Where a promoted entry comes from: the forum answer's author and the topic.
 *
 * @param authorId   the member who wrote the accepted answer
 * @param authorName their display name at the time of promotion
 * @param sourceId   the topic's item id
 * @param sourceLink the topic's page, site-relative
 */
public record Credit(long authorId, String authorName, long sourceId, String sourceLink) {
}
