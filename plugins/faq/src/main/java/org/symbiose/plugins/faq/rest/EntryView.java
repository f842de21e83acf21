package org.symbiose.plugins.faq.rest;

import org.symbiose.plugins.faq.entry.Entry;
import org.symbiose.plugins.faq.entry.Translation;
import org.symbiose.plugins.faq.helpful.Helpfulness;

/**
 * An entry's page in one answer ({@code GET entries/{id}}).
 *
 * @param entry       the entry
 * @param translation its version in the other language, or null when there is none: the page says so
 * @param helpfulness its votes
 * @param myVote      the caller's vote (true: helpful), or null if they have not voted
 */
public record EntryView(Entry entry, Translation translation, Helpfulness helpfulness, Boolean myVote) {
}
