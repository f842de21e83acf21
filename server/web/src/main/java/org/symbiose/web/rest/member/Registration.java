package org.symbiose.web.rest.member;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a visitor sends to become a member. */
public class Registration {
    @NotBlank @Email @Size(max = 254)
    public String email;
    @NotBlank @Size(min = 2, max = 60)
    public String displayName;
    @NotNull @Size(min = 10, max = 200, message = "must be 10 to 200 characters long")
    public String password;
    @Pattern(regexp = "fr|en", message = "must be fr or en")
    public String locale;
}
