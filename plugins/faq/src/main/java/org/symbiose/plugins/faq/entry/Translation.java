package org.symbiose.plugins.faq.entry;

/**
 * The other language's version of an entry, as its page offers it.
 *
 * @param id       the translation's entry id
 * @param language its language
 * @param question its question
 * @param state    its state: a page links to a published one only
 */
public record Translation(long id, String language, String question, EntryState state) {
}
