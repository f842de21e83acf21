package org.symbiose.web.rest.member;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A change to one's profile; absent fields stay as they are, an empty avatar URL removes it. */
public record ProfileUpdate(
        @Size(min = 2, max = 60) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String displayName,
        @Size(max = 2000) String bio,
        @Size(max = 500) @Pattern(regexp = "(https?://\\S+)?", message = "must be an http(s) URL") String avatarUrl,
        @Pattern(regexp = "fr|en", message = "must be fr or en") String locale,
        Long version) {
}
