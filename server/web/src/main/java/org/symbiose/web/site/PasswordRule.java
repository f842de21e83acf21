package org.symbiose.web.site;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;

/**
 * What a new password must be: the REST API's bounds, so a password chosen on the site also works
 * there. The upper bound keeps hashing a submitted password cheap. The message "password.rule"
 * states these bounds; it is also the hint under the field.
 */
@FacesValidator("symbiose.passwordRule")
public class PasswordRule implements Validator<String> {

    private static final int MIN_LENGTH = 10;
    private static final int MAX_LENGTH = 200;

    @Override
    public void validate(FacesContext context, UIComponent component, String password) {
        if (password == null || password.length() >= MIN_LENGTH && password.length() <= MAX_LENGTH) {
            return;
        }
        String text = context.getApplication().getResourceBundle(context, "msg").getString("password.rule");
        throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }
}
