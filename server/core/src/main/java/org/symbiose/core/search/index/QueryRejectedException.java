package org.symbiose.core.search.index;

/** A query people cannot mean; the message says why in plain words. */
public class QueryRejectedException extends RuntimeException {

    public QueryRejectedException(String message) {
        super(message);
    }
}
