package org.symbiose.web.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.symbiose.core.search.ContentGap;
import org.symbiose.core.search.QueryCounts;

/**
 * The console's content gaps: what members searched in the last 7 or 30 days (30 unless told) and
 * did not find, then what they found but did not follow, so managers know what to write.
 */
@Named
@RequestScoped
public class ContentGapsConsole {

    private static final int SHOWN = 50;

    @Inject
    private QueryCounts counts;

    private int days = 30;
    private List<ContentGap> foundNothing;
    private List<ContentGap> noClick;

    public String getDays() {
        return String.valueOf(days);
    }

    /** 7 or 30; anything else shows 30 days rather than an error, like the dashboard's range links. */
    public void setDays(String days) {
        this.days = "7".equals(days) ? 7 : 30;
    }

    public List<ContentGap> getFoundNothing() {
        if (foundNothing == null) {
            foundNothing = counts.foundNothing(days, SHOWN);
        }
        return foundNothing;
    }

    public List<ContentGap> getNoClick() {
        if (noClick == null) {
            noClick = counts.noClick(days, SHOWN);
        }
        return noClick;
    }
}
