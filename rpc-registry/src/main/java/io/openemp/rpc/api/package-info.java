/**
 * The registry and dispatcher as transports and platform components see them: hand a JSON-RPC request and the
 * authenticated caller to {@link io.openemp.rpc.api.RpcDispatcher}; list what is registered through
 * {@link io.openemp.rpc.api.RpcRegistry}.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package io.openemp.rpc.api;
