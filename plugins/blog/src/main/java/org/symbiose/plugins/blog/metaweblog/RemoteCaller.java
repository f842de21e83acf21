package org.symbiose.plugins.blog.metaweblog;

import java.util.Locale;
import java.util.Optional;
import org.symbiose.api.member.MemberDirectory;
import org.symbiose.api.member.MemberInfo;

/**
 * Who an XML-RPC call comes from. MetaWeblog puts the user name and password in the call itself; the password
 * is the member's personal API token (never their site password, which the API would not check here), and the
 * user name must be that member's e-mail address or display name, so a token pasted under another name fails.
 */
final class RemoteCaller {

    private RemoteCaller() {
    }

    /**
     * The member the credentials name.
     *
     * @throws XmlRpcFault {@link XmlRpcFault#BAD_LOGIN} for a wrong pair, the same whichever part is wrong
     */
    static MemberInfo of(MemberDirectory members, String username, String token) {
        Optional<MemberInfo> member = members.byApiToken(token);
        String name = username == null ? "" : username.strip();
        boolean named = member.isPresent() && (member.get().ref().displayName().toLowerCase(Locale.ROOT)
                .equals(name.toLowerCase(Locale.ROOT))
                || members.byEmail(name).map(m -> m.ref().id() == member.get().ref().id()).orElse(false));
        if (!named) {
            throw new XmlRpcFault(XmlRpcFault.BAD_LOGIN,
                    "Incorrect user name or API token: use your e-mail address and a personal API token as the password");
        }
        return member.get();
    }
}
