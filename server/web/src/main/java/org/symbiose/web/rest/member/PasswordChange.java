package org.symbiose.web.rest.member;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new password, with the current one as proof. */
public class PasswordChange {
    @NotNull
    public String currentPassword;
    @NotNull @Size(min = 10, max = 200, message = "must be 10 to 200 characters long")
    public String newPassword;
}
