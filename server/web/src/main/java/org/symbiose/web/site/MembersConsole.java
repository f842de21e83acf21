package org.symbiose.web.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.symbiose.api.member.AccountState;
import org.symbiose.core.moderation.MemberSearch;
import org.symbiose.core.moderation.MemberSummary;
import org.symbiose.core.moderation.ModerationException;

/** The console's member search: by part of a name or e-mail address and by state, a page at a time. */
@Named
@RequestScoped
public class MembersConsole {

    @Inject
    private MemberSearch search;

    private String q;
    private String state;
    private String before;
    private ListingPage<MemberSummary> found;
    private String refusal;

    public ListingPage<MemberSummary> getFound() {
        if (found == null) {
            try {
                found = ListingPage.of(search.find(q, state(), ConsoleParameters.id(before), ListingPage.SIZE + 1),
                        MemberSummary::id);
            } catch (ModerationException refused) {
                refusal = refused.getMessage();
                found = new ListingPage<>(List.of(), null);
            }
        }
        return found;
    }

    public List<AccountState> getStates() {
        return List.of(AccountState.values());
    }

    public String getRefusal() {
        getFound();
        return refusal;
    }

    private AccountState state() {
        return getStates().stream().filter(known -> known.name().equals(state)).findFirst().orElse(null);
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public String getBefore() {
        return before;
    }

    public void setBefore(String before) {
        this.before = before;
    }
}
