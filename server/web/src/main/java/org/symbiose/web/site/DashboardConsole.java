package org.symbiose.web.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.time.LocalDate;
import java.util.Map;
import org.symbiose.core.moderation.Dashboard;
import org.symbiose.core.moderation.ModerationException;
import org.symbiose.core.search.Deflections;

/**
 * The moderation console's dashboard: the figures of the last {@code days} (7, 30 or 90), or of
 * the days {@code from} to {@code to}, and their charts, as chart.js configurations for
 * PrimeFaces' {@code p:chart}. The parameters are text: see {@link ConsoleParameters}.
 */
@Named
@RequestScoped
public class DashboardConsole {

    @Inject
    private Dashboard dashboard;

    @Inject
    private Feedback feedback;

    @Inject
    private Deflections deflections;

    private String days;
    private String from;
    private String to;
    private Dashboard.Figures figures;
    private String refusal;

    public Dashboard.Figures getFigures() {
        if (figures == null) {
            LocalDate first = ConsoleParameters.day(from);
            LocalDate last = ConsoleParameters.day(to);
            if (first != null && last != null) {
                try {
                    figures = dashboard.figures(first, last);
                } catch (ModerationException refused) {
                    refusal = refused.getMessage();
                }
            } else if (from != null || to != null) {
                refusal = from + " – " + to;
            }
            if (figures == null) {
                figures = dashboard.figures("7".equals(days) || "90".equals(days) ? Integer.parseInt(days) : 30);
            }
        }
        return figures;
    }

    /** Why the range asked for was not shown, or null. */
    public String getRefusal() {
        getFigures();
        return refusal;
    }

    public String getDays() {
        return days;
    }

    public void setDays(String days) {
        this.days = days;
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

    /** New-topic pages of the range whose member followed a suggestion and then posted nothing. */
    public long getDeflected() {
        return deflections.deflected(getFigures().from(), getFigures().to());
    }

    public String getFlagsChart() {
        return chart("bar", feedback.text("dashboard.chart.flags"), getFigures().flagsPerDay(), "#c0392b");
    }

    public String getMembersChart() {
        return chart("line", feedback.text("dashboard.chart.members"), getFigures().newMembersPerDay(), "#1f6feb");
    }

    private static String chart(String type, String label, Map<String, Long> perDay, String colour) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder counts = Json.createArrayBuilder();
        perDay.forEach((day, count) -> {
            labels.add(day);
            counts.add(count);
        });
        return Json.createObjectBuilder()
                .add("type", type)
                .add("data", Json.createObjectBuilder()
                        .add("labels", labels)
                        .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("label", label).add("data", counts)
                                .add("backgroundColor", colour).add("borderColor", colour))))
                .add("options", Json.createObjectBuilder().add("animation", false)
                        .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder().add("beginAtZero", true))))
                .build().toString();
    }
}
