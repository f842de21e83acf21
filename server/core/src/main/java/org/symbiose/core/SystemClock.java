package org.symbiose.core;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** The clock services read time from; tests build services with a fixed one instead. */
@ApplicationScoped
public class SystemClock {

    @Produces
    Clock clock() {
        return Clock.systemUTC();
    }
}
