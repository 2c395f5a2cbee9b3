/**
 * A fleet of simulated Q/GDW 1376.1 terminals with DL/T 645 meters behind them, for testing a master station:
 * {@link io.openemp.simulator.TerminalFleet} (start, close, counters, reconnect storm) configured by
 * {@link io.openemp.simulator.FleetOptions}.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.openemp.simulator;
