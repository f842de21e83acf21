package org.symbiose.web.rest.content;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** A vote: +1, -1, or 0 to take it back. */
public class VoteInput {
    @NotNull @Min(-1) @Max(1)
    public Integer value;
}
