package org.symbiose.plugins.hello;

import org.osgi.service.component.annotations.Component;
import org.symbiose.spi.upgrade.UpgradeStep;

/** The plugin's second data version: registered before the first, run after it. */
@Component(service = UpgradeStep.class)
public class SecondDataVersion implements UpgradeStep {

    @Override
    public int version() {
        return 2;
    }

    @Override
    public String description() {
        return "notes get a farewell";
    }

    @Override
    public void apply() {
        UpgradesRun.record(version());
    }
}
