package org.symbiose.web.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.symbiose.core.notification.Notification;
import org.symbiose.core.notification.NotificationList;

/** The signed-in member's notifications page, and the unread count the navigation shows. */
@Named
@RequestScoped
public class NotificationsPage {

    private static final int SHOWN = 50;

    @Inject
    private NotificationList notifications;

    @Inject
    private Visitor visitor;

    private List<Notification> latest;
    private Long unread;

    public List<Notification> getLatest() {
        if (latest == null) {
            latest = visitor.member().map(m -> notifications.page(m.getId(), null, SHOWN)).orElse(List.of());
        }
        return latest;
    }

    public long getUnread() {
        if (unread == null) {
            unread = visitor.member().map(m -> notifications.unread(m.getId())).orElse(0L);
        }
        return unread;
    }

    public void markAllRead() {
        visitor.member().ifPresent(m -> notifications.markAllRead(m.getId()));
        latest = null;
        unread = null;
    }
}
