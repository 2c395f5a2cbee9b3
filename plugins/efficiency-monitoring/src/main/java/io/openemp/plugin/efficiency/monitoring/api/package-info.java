/**
 * Energy monitoring and statistics ({@code efficiency.monitoring.*}): the records of an enterprise's
 * energy-accounting hierarchy, production quantities, time-of-use calendars and tariffs, and the statistics,
 * load curves and costs computed from the meter readings.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.openemp.plugin.efficiency.monitoring.api;
