/** What the plugins component answers: plugins as features, and the outcome of an operation on one. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.openemp.plugins.api;
