package org.symbiose.spi.site;

/** A page model's answer when what the page shows does not exist or may not be seen: a 404. */
public class PageNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PageNotFoundException(String message) {
        super(message);
    }
}
