package org.symbiose.web.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

/** Signing out: a POST from the layout's button, so another site cannot sign a member out. */
@Named
@RequestScoped
public class SignOut {

    @Inject
    private FacesContext faces;

    public String perform() throws ServletException {
        ExternalContext external = faces.getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        // Nothing of the member's session (views, choices) outlives signing out.
        external.invalidateSession();
        return "/index.xhtml?faces-redirect=true";
    }
}
