package org.symbiose.web.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.symbiose.core.member.Member;
import org.symbiose.core.member.MemberException;
import org.symbiose.core.member.Members;

/** The password change form: the current password proves it is the member at the keyboard. */
@Named
@RequestScoped
public class PasswordForm {

    @Inject
    private Visitor visitor;

    @Inject
    private Members members;

    @Inject
    private Feedback feedback;

    private String currentPassword;
    private String newPassword;
    private String confirmation;

    public String change() {
        Optional<Member> member = visitor.member();
        if (member.isEmpty()) {
            return visitor.signInAgain();
        }
        if (!newPassword.equals(confirmation)) {
            feedback.fieldError("password:confirmation", "password.mismatch");
            return null;
        }
        try {
            members.changePassword(member.get().getId(), currentPassword, newPassword);
        } catch (MemberException refused) {
            feedback.refusal(refused, "password");
            return null;
        }
        feedback.successAfterRedirect("password.changed");
        return "/profile.xhtml?faces-redirect=true";
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
