package org.symbiose.web.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.symbiose.api.content.InvalidItemException;
import org.symbiose.core.audit.AuditCsv;
import org.symbiose.core.audit.AuditTrail;
import org.symbiose.core.audit.Audited;

/**
 * The console's audit log: searched by actor, action, item and days, a page at a time, and the
 * same search as a CSV download ({@code export=csv} in the address). The parameters are text:
 * see {@link ConsoleParameters}.
 */
@Named
@RequestScoped
public class AuditConsole {

    @Inject
    private AuditTrail audit;

    @Inject
    private AuditCsv csv;

    @Inject
    private Visitor visitor;

    @Inject
    private FacesContext faces;

    private String actor;
    private String action;
    private String item;
    private String from;
    private String to;
    private String before;
    private String export;
    private ListingPage<Audited> entries;
    private String refusal;

    public ListingPage<Audited> getEntries() {
        if (entries == null) {
            try {
                entries = ListingPage.of(audit.page(filter(), ConsoleParameters.id(before), ListingPage.SIZE + 1),
                        Audited::id);
            } catch (InvalidItemException refused) {
                refusal = refused.getMessage();
                entries = new ListingPage<>(List.of(), null);
            }
        }
        return entries;
    }

    public String getRefusal() {
        getEntries();
        return refusal;
    }

    /** A view action: with {@code export=csv}, answers the search as a CSV file instead of the page. */
    public void exportIfAsked() throws IOException {
        if (!"csv".equals(export) || !visitor.isModerator()) {
            return;
        }
        ExternalContext response = faces.getExternalContext();
        response.setResponseContentType("text/csv; charset=UTF-8");
        response.setResponseHeader("Content-Disposition", "attachment; filename=\"audit.csv\"");
        try {
            csv.write(filter(), response.getResponseOutputStream());
        } catch (InvalidItemException refused) {
            response.responseSendError(400, refused.getMessage());
        }
        faces.responseComplete();
    }

    private AuditTrail.Filter filter() {
        return AuditTrail.Filter.ofDays(ConsoleParameters.id(item), ConsoleParameters.id(actor), action,
                ConsoleParameters.day(from), ConsoleParameters.day(to));
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getItem() {
        return item;
    }

    public void setItem(String item) {
        this.item = item;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getBefore() {
        return before;
    }

    public void setBefore(String before) {
        this.before = before;
    }

    public String getExport() {
        return export;
    }

    public void setExport(String export) {
        this.export = export;
    }
}
