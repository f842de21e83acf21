package org.symbiose.api.member;

import java.util.Locale;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;
import org.symbiose.api.rest.ProblemException;
import org.symbiose.api.rest.ProblemType;

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

    /**
     * The member with this e-mail address (compared as the core stores addresses, ignoring case), also a
     * suspended one, not a deleted one; empty if none. For imports that match authors by address: an e-mail is
     * private, so never show or confirm it to other members.
     *
     * @since 1.5
     */
    Optional<MemberInfo> byEmail(String email);

    /**
     * The member a live personal API token belongs to, as the REST API's {@code Authorization: Bearer} would
     * admit them: empty for an unknown or revoked token, or a suspended or deleted member. For protocols that
     * carry credentials in the request body instead of a header (XML-RPC's MetaWeblog API, where the client's
     * "password" is the token).
     *
     * @since 1.5
     */
    Optional<MemberInfo> byApiToken(String token);

    /**
     * The member, who must be able to write now (post, comment, vote, answer): one rule and one
     * problem for every plugin.
     *
     * @throws ProblemException 401 for an unknown id; {@link ProblemType#ACCOUNT_SILENCED} when the
     *                          account is silenced, suspended or deleted
     * @since 1.6
     */
    default MemberInfo requireActive(long id) {
        MemberInfo member = find(id).orElseThrow(() -> new ProblemException(ProblemType.UNAUTHORIZED, "Sign in first"));
        if (member.state() != AccountState.ACTIVE) {
            throw new ProblemException(ProblemType.ACCOUNT_SILENCED, "Your account cannot write at the moment");
        }
        return member;
    }
}
