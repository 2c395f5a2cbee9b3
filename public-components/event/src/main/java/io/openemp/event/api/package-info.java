/**
 * The event service as other bundles see it: alarms (raise and clear by source and condition), the alarm
 * and rule types its RPC methods answer with, and {@link io.openemp.event.api.EventScope}, the hook that
 * limits what a caller sees to their data scope.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.openemp.event.api;
