package org.symbiose.api.member;

import java.util.Locale;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** Looking members up, as plugins need to: a service in the registry. */
@ProviderType
public interface MemberDirectory {

    /** The member with this id, also a deleted one (shown anonymously); empty if none. */
    Optional<MemberInfo> find(long id);

    /**
     * The member with this display name, ignoring case, for {@code @mentions}; empty if none
     * or if the member is deleted.
     */
    Optional<MemberInfo> byDisplayName(String displayName);

    /**
     * The language the member reads the site in ({@code fr} or {@code en}), so that what a plugin
     * tells them (a notification) is said in it; the site's default language for an unknown id.
     *
     * @since 1.4
     */
    Locale language(long id);
}
