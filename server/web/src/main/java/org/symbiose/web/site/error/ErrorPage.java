package org.symbiose.web.site.error;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/** What the themed error page ({@code error.xhtml}) explains: which kind of error. */
@Named("errorPage")
@RequestScoped
public class ErrorPage {

    /** The HTTP status; a visit of the error page itself is a 404. */
    public int getStatus() {
        Object status = FacesContext.getCurrentInstance().getExternalContext().getRequestMap().get(ErrorPages.STATUS);
        return status instanceof Integer known ? known : 404;
    }

    /** The message key suffix: 404, 403 and 500 have their own texts, every other error the generic one. */
    public String getKind() {
        int code = getStatus();
        return switch (code) {
            case 401, 403 -> "403";
            case 404, 410 -> "404";
            default -> code >= 500 ? "500" : "400";
        };
    }
}
