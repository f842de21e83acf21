package org.symbiose.plugins.ideas.site;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.symbiose.plugins.ideas.IdeasTexts;
import org.symbiose.plugins.ideas.box.Box;
import org.symbiose.plugins.ideas.idea.Idea;
import org.symbiose.plugins.ideas.status.Status;
import org.symbiose.plugins.ideas.vote.Budget;

/** Boxes, ideas, statuses and budgets as the pages show them: maps of what the templates read. */
final class IdeaCards {

    private IdeaCards() {
    }

    static Map<String, Object> box(Box box, Instant now, Locale locale) {
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("id", box.id());
        shown.put("title", box.title());
        shown.put("descriptionHtml", box.descriptionHtml() == null ? "" : box.descriptionHtml());
        shown.put("link", box.link());
        shown.put("roadmapLink", PageAddresses.roadmap(box.id()));
        shown.put("closed", box.closedAt(now));
        shown.put("closesAt", box.closesAt() == null ? "" : date(box.closesAt(), locale));
        shown.put("access", box.access().minimumRole() == null ? "" : access(box.access().value(), locale));
        return shown;
    }

    /** Who a box is open to: {@code members} or a role's group name, in words. */
    static String access(String value, Locale locale) {
        return IdeasTexts.say(locale, "ideas.site.access." + value);
    }

    /** An idea in a list or a roadmap column: title, votes, status badge, tags. */
    static Map<String, Object> idea(Idea idea, Box box, Locale locale) {
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("id", idea.id());
        shown.put("title", idea.title());
        shown.put("link", idea.link());
        shown.put("votes", idea.votes());
        shown.put("status", status(box.workflow().status(idea.status()).orElse(box.workflow().first()), locale));
        shown.put("tags", idea.tags());
        return shown;
    }

    static Map<String, Object> status(Status status, Locale locale) {
        return Map.of("key", status.key(), "label", status.label(locale), "colour", status.colour(),
                "closed", status.closed());
    }

    /** What a member has left to vote with; null for a visitor, who has no budget. */
    static Map<String, Object> budget(Budget budget, Long viewer) {
        if (viewer == null) {
            return null;
        }
        boolean unlimited = budget.total() == null;
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("unlimited", unlimited);
        shown.put("total", unlimited ? 0 : budget.total());
        shown.put("left", unlimited ? 0 : budget.left());
        shown.put("spent", !unlimited && budget.left() <= 0);
        return shown;
    }

    static String date(Instant instant, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(instant.atZone(ZoneOffset.UTC));
    }
}
