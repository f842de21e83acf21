package org.symbiose.plugins.ideas.merge;

/** {@code POST /{idea}/merge}: the idea the duplicate goes into. */
public class MergeInput {
    public Long into;
}
