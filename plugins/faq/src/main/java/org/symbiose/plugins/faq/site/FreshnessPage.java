package org.symbiose.plugins.faq.site;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.plugins.faq.freshness.FaqSettings;
import org.symbiose.plugins.faq.freshness.Freshness;
import org.symbiose.plugins.faq.freshness.StaleEntry;
import org.symbiose.spi.site.PageModel;
import org.symbiose.spi.site.PageNotFoundException;
import org.symbiose.spi.site.PageRequest;

/**
 * The entries to review ({@code freshness.xhtml}): those not reviewed for the FAQ's period and
 * those readers found unhelpful, most "no" votes first; an owner sees their own, community
 * managers all. Visitors find no such page.
 */
@Component(service = PageModel.class)
public class FreshnessPage implements PageModel {

    @Reference
    private Freshness freshness;

    @Reference
    private FaqSettings settings;

    @Override
    public String name() {
        return "freshness";
    }

    @Override
    public Object model(PageRequest request) {
        if (request.viewerId() == null) {
            throw new PageNotFoundException("Sign in to see the entries you keep");
        }
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(request.locale());
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("homeLink", PageAddresses.home());
        shown.put("months", settings.reviewMonths());
        shown.put("entries", freshness.list(request.viewerId()).stream().map((StaleEntry stale) -> Map.<String, Object>of(
                "question", stale.question(), "link", PageAddresses.chosen(stale.id()),
                "reviewed", stale.reviewedAt() == null ? "—" : format.format(stale.reviewedAt().atZone(ZoneOffset.UTC)),
                "no", stale.no(), "owner", stale.owner().displayName())).toList());
        return shown;
    }
}
