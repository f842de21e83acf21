package org.symbiose.web.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UINamingContainer;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.symbiose.core.Refusal;
import org.symbiose.core.member.MemberException;

/** The messages a page shows back to the visitor, in the page's language. */
@RequestScoped
public class Feedback {

    @Inject
    private FacesContext faces;

    /** A message next to one field; {@code clientId} is the field's, e.g. "register:confirmation". */
    public void fieldError(String clientId, String key, Object... arguments) {
        faces.addMessage(clientId, message(FacesMessage.SEVERITY_ERROR, text(key, arguments), null));
    }

    /** A message for the whole page. */
    public void error(String key, String detail) {
        faces.addMessage(null, message(FacesMessage.SEVERITY_ERROR, text(key), detail));
    }

    /** A message for the whole page, at a given severity. */
    public void page(FacesMessage.Severity severity, String key, Object... arguments) {
        faces.addMessage(null, message(severity, text(key, arguments), null));
    }

    /** A confirmation shown on the page the visitor is redirected to. */
    public void successAfterRedirect(String key, Object... arguments) {
        faces.getExternalContext().getFlash().setKeepMessages(true);
        faces.addMessage(null, message(FacesMessage.SEVERITY_INFO, text(key, arguments), null));
    }

    /**
     * Why the member service refused, next to the field at fault when the form has it, else for
     * the whole form. The service speaks English only, so its refusals are translated by kind and
     * field ({@code refusal.CONFLICT.email}); one without a translation is shown as it is.
     */
    public void refusal(MemberException refused, String formId) {
        String text = reason(refused, "refusal.");
        UIComponent field = refused.field() == null ? null : faces.getViewRoot()
                .findComponent(formId + UINamingContainer.getSeparatorChar(faces) + refused.field());
        String clientId = field == null ? null : field.getClientId(faces);
        faces.addMessage(clientId, message(FacesMessage.SEVERITY_ERROR, text, null));
    }

    /**
     * Why a core service refused, in the page's language when the bundle translates its kind and
     * field under {@code prefix} ({@code console.refusal.CONFLICT.claim}), else as the service said it.
     */
    public String reason(Refusal refused, String prefix) {
        String key = prefix + refused.kind() + (refused.field() == null ? "" : "." + refused.field());
        return bundle().containsKey(key) ? text(key) : refused.getMessage();
    }

    /**
     * The page-language text of {@code key} with its arguments, or {@code fallback} when the
     * bundle has none (a plugin's cause, a kind the site does not know yet).
     */
    public String textOr(String fallback, String key, Object... arguments) {
        return bundle().containsKey(key) ? text(key, arguments) : fallback;
    }

    /** The page-language text of {@code key} with its arguments. */
    public String text(String key, Object... arguments) {
        try {
            String pattern = bundle().getString(key);
            return arguments.length == 0 ? pattern : new MessageFormat(pattern, faces.getViewRoot().getLocale())
                    .format(arguments);
        } catch (MissingResourceException e) {
            return "???" + key + "???";
        }
    }

    private ResourceBundle bundle() {
        return faces.getApplication().getResourceBundle(faces, "msg");
    }

    /** Field messages show the detail, page messages the summary: a message without its own detail repeats it. */
    private static FacesMessage message(FacesMessage.Severity severity, String summary, String detail) {
        return new FacesMessage(severity, summary, detail == null ? summary : detail);
    }
}
