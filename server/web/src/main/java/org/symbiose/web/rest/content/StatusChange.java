package org.symbiose.web.rest.content;

import jakarta.validation.constraints.NotNull;
import org.symbiose.api.content.ItemStatus;

/** A moderator moving an item to another status. {@code version} stands in for If-Match. */
public record StatusChange(@NotNull ItemStatus status, Long version) {
}
