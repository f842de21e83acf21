package org.symbiose.plugins.forum;

/** Markdown to preview (request body of {@code POST preview}). */
public class PreviewInput {
    /** The text as the member would post it. */
    public String body;
}
