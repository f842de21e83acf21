package org.symbiose.plugins.hello;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Which upgrade steps ran in this bundle's life, in order: what {@code GET /api/v1/hello/upgrades} shows. */
final class UpgradesRun {

    private static final List<Integer> VERSIONS = new CopyOnWriteArrayList<>();

    private UpgradesRun() {
    }

    static void record(int version) {
        VERSIONS.add(version);
    }

    static List<Integer> versions() {
        return List.copyOf(VERSIONS);
    }
}
