package org.symbiose.plugins.hello;

import org.osgi.service.component.annotations.Component;
import org.symbiose.spi.upgrade.UpgradeStep;

/** The plugin's first data version (it keeps no data of its own yet: the step only says it ran). */
@Component(service = UpgradeStep.class)
public class FirstDataVersion implements UpgradeStep {

    @Override
    public int version() {
        return 1;
    }

    @Override
    public String description() {
        return "start keeping notes";
    }

    @Override
    public void apply() {
        UpgradesRun.record(version());
    }
}
