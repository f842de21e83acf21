package org.symbiose.plugins.ideas.status;

/** {@code POST /{idea}/status}: the status key to move to, and an optional official response (Markdown). */
public class StatusChangeInput {
    public String status;
    public String response;
}
