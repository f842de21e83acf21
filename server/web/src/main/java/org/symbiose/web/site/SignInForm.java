package org.symbiose.web.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import org.symbiose.web.security.MemberAuthentication;
import org.symbiose.web.security.SignInRefusal;

/** The sign-in form: hands the e-mail and password to the site's authentication mechanism. */
@Named
@RequestScoped
public class SignInForm {

    @Inject
    private SecurityContext security;

    @Inject
    private FacesContext faces;

    @Inject
    private Feedback feedback;

    private String email;
    private String password;

    public String signIn() {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = security.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .newAuthentication(true)
                        .credential(new UsernamePasswordCredential(email, password)));
        return switch (status) {
            case SUCCESS -> "/index.xhtml?faces-redirect=true";
            case SEND_CONTINUE -> {
                // The mechanism has taken over the response (a redirect, say): nothing left to render.
                faces.responseComplete();
                yield null;
            }
            case SEND_FAILURE, NOT_DONE -> {
                // A container that answered the failure itself (a 401 error page) leaves nothing to render.
                if (external.isResponseCommitted()) {
                    faces.responseComplete();
                } else {
                    SignInRefusal refusal = (SignInRefusal) request.getAttribute(MemberAuthentication.REFUSAL);
                    feedback.error("login.refused",
                            refusal == null ? null : feedback.text(refusal.key(), written(refusal.arguments())));
                }
                yield null;
            }
        };
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    /** Moments written as the page's language writes them, in UTC (as the message says). */
    private Object[] written(Object[] arguments) {
        DateTimeFormatter moment = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(faces.getViewRoot().getLocale()).withZone(ZoneOffset.UTC);
        return Arrays.stream(arguments).map(a -> a instanceof Instant at ? moment.format(at) : a).toArray();
    }
}
