package io.openemp.plugin.efficiency.monitoring.internal;

/** The checked configuration of the component. */
record Settings(String activeEnergyType, String reactiveEnergyType, int readerThreads, int maxMeters) {

    static final Settings DEFAULTS = new Settings("energy.active.forward.delta", "energy.reactive.forward.delta", 2, 500);

    static Settings of(MonitoringConfig c) {
        if (c.activeEnergyType().isBlank() || c.reactiveEnergyType().isBlank()) {
            throw new IllegalArgumentException("activeEnergyType and reactiveEnergyType must not be empty");
        }
        if (c.readerThreads() < 1 || c.readerThreads() > 64) {
            throw new IllegalArgumentException("readerThreads must be 1..64, not " + c.readerThreads());
        }
        if (c.maxMeters() < 1 || c.maxMeters() > 100_000) {
            throw new IllegalArgumentException("maxMeters must be 1..100000, not " + c.maxMeters());
        }
        return new Settings(c.activeEnergyType().strip(), c.reactiveEnergyType().strip(), c.readerThreads(), c.maxMeters());
    }
}
