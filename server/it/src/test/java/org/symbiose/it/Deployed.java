package org.symbiose.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The EAR that admins deploy, deployed as is on the managed Payara (started once for the whole
 * run), and tested from outside over HTTP like any client.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class Deployed {

    @Deployment(testable = false)
    public static EnterpriseArchive symbiose() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("symbiose.ear")));
    }

    /** The deployment ends before Symbiose is ready (the schema migrates in the background): tests start once it is. */
    @BeforeAll
    static void awaitReady() {
        assertThat(Api.anonymous().awaitReady(Duration.ofMinutes(4))).as("Symbiose ready within 4 minutes").isTrue();
    }
}
