package org.symbiose.api.search;

/** A search that cannot be meant; the message says why in plain words, for the person searching. */
public class QueryRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public QueryRejectedException(String message) {
        super(message);
    }
}
