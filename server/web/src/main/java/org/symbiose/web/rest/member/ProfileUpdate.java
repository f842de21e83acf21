package org.symbiose.web.rest.member;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A change to one's profile; absent fields stay as they are, an empty avatar URL removes it. */
public class ProfileUpdate {
    @Size(min = 2, max = 60) @Pattern(regexp = ".*\\S.*", message = "must not be blank")
    public String displayName;
    @Size(max = 2000)
    public String bio;
    @Size(max = 500) @Pattern(regexp = "(https?://\\S+)?", message = "must be an http(s) URL")
    public String avatarUrl;
    @Pattern(regexp = "fr|en", message = "must be fr or en")
    public String locale;
    public Long version;
}
