package org.symbiose.web.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.Map;
import org.symbiose.core.moderation.Dashboard;

/**
 * The moderation console's dashboard: the figures of the last {@code days} (7, 30 or 90) and
 * their charts, as chart.js configurations for PrimeFaces' {@code p:chart}.
 */
@Named
@RequestScoped
public class DashboardConsole {

    @Inject
    private Dashboard dashboard;

    private int days = 30;
    private Dashboard.Figures figures;

    public int getDays() {
        return days;
    }

    public void setDays(int days) {
        this.days = days == 7 || days == 90 ? days : 30;
    }

    public Dashboard.Figures getFigures() {
        if (figures == null) {
            figures = dashboard.figures(days);
        }
        return figures;
    }

    public String getFlagsChart() {
        return chart("bar", "Flags", getFigures().flagsPerDay(), "#c0392b");
    }

    public String getMembersChart() {
        return chart("line", "New members", getFigures().newMembersPerDay(), "#1f6feb");
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
