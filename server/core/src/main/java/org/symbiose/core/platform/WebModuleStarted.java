package org.symbiose.core.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Whether the web module has started. The start-up that goes on in the background after the
 * deployment handed it over waits for it before it begins: classes loaded from another thread
 * while the web module was loading failed ("zip file closed").
 */
@ApplicationScoped
public class WebModuleStarted {

    private final CountDownLatch started = new CountDownLatch(1);

    void started(@Observes @Initialized(ApplicationScoped.class) Object context) {
        started.countDown();
    }

    /** Waits until the web module has started, at most {@code limit}; whether it has. */
    boolean await(Duration limit) {
        try {
            return started.await(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
