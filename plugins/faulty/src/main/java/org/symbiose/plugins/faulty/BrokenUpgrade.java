package org.symbiose.plugins.faulty;

import org.osgi.service.component.annotations.Component;
import org.symbiose.spi.upgrade.UpgradeStep;

/** An upgrade step that fails, on purpose. */
@Component(service = UpgradeStep.class)
public class BrokenUpgrade implements UpgradeStep {

    @Override
    public int version() {
        return 1;
    }

    @Override
    public String description() {
        return "broken on purpose";
    }

    @Override
    public void apply() {
        throw new IllegalStateException("upgrade broken on purpose");
    }
}
