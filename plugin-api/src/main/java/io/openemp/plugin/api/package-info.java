/**
 * The contract an OpenEMP plugin is written against.
 *
 * <p>A plugin publishes one or more {@link io.openemp.plugin.api.RpcComponent} services through Declarative
 * Services. Each public method annotated with {@link io.openemp.plugin.api.RpcMethod} becomes the JSON-RPC
 * method {@code <component id>.<method name>}; its parameters are bound by name ({@link
 * io.openemp.plugin.api.Param}) from JSON with Jackson, and the JSON Schemas of parameters and result are
 * derived from the Java types by the registry. A method fails by throwing {@link
 * io.openemp.plugin.api.RpcException}.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.openemp.plugin.api;
