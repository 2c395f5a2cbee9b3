/**
 * Metering master data as other modules and callers see it, named after IEC CIM (61968/61970): the
 * organisation-unit scope tree ({@link io.openemp.data.metering.api.OrgUnit}, each with the time zone of its day
 * and month boundaries), {@link io.openemp.data.metering.api.Customer},
 * {@link io.openemp.data.metering.api.CustomerAccount}, {@link io.openemp.data.metering.api.ServiceLocation},
 * {@link io.openemp.data.metering.api.UsagePoint}, {@link io.openemp.data.metering.api.Meter} (an EndDevice with
 * CT and PT ratios) and the {@link io.openemp.data.metering.api.ReadingType} registry. Records here are plain
 * values; the persistent entities stay private to the bundle. The OSGi service is
 * {@link io.openemp.data.metering.api.Metering}.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package io.openemp.data.metering.api;
