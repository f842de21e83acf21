package org.symbiose.web.rest.member;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A name for a new API token, to recognize it in the list later ("backup script"). */
public class TokenRequest {
    @NotBlank @Size(max = 100)
    public String name;
}
