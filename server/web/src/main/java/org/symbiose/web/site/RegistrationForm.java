package org.symbiose.web.site;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.symbiose.core.member.Member;
import org.symbiose.core.member.MemberException;
import org.symbiose.core.member.Members;

/** The registration form. A new member then signs in with the address and password they chose. */
@Named
@RequestScoped
public class RegistrationForm {

    @Inject
    private Members members;

    @Inject
    private LanguageChoice language;

    @Inject
    private Feedback feedback;

    private String displayName;
    private String email;
    private String password;
    private String confirmation;
    private String locale;

    @PostConstruct
    void preselectLanguage() {
        locale = language.getTag();
    }

    public String register() {
        if (!password.equals(confirmation)) {
            feedback.fieldError("register:confirmation", "password.mismatch");
            return null;
        }
        Member member;
        try {
            member = members.register(email, displayName, password, locale);
        } catch (MemberException refused) {
            feedback.refusal(refused, "register");
            return null;
        }
        feedback.successAfterRedirect("register.done", member.getDisplayName());
        return "/login.xhtml?faces-redirect=true";
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
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

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }

    public String getLocale() {
        return locale;
    }

    public void setLocale(String locale) {
        this.locale = locale;
    }
}
