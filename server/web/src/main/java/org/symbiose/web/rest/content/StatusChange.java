package org.symbiose.web.rest.content;

import jakarta.validation.constraints.NotNull;
import org.symbiose.api.content.ItemStatus;

/** A moderator moving an item to another status. {@code version} stands in for If-Match. */
public class StatusChange {
    @NotNull
    public ItemStatus status;
    public Long version;
}
