package org.symbiose.plugins.ideas.idea;

import java.util.List;

/** {@code POST /boxes/{box}/ideas} and {@code PUT /{idea}}: on an edit, what is absent is kept. */
public class IdeaInput {
    public String title;
    public String body;
    public List<String> tags;
    public Long version;
}
