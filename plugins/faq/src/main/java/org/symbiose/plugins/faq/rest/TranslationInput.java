package org.symbiose.plugins.faq.rest;

/** The entry to link as a translation (request body of {@code PUT entries/{id}/translation}). */
public class TranslationInput {
    /** An entry in the other language. */
    public Long entryId;
}
