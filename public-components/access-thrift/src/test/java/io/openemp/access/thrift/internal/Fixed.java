package io.openemp.access.thrift.internal;

import io.openemp.access.api.Authenticator;
import io.openemp.rpc.api.RpcDispatcher;

/** A backend that never changes. */
record Fixed(RpcDispatcher dispatcher, Authenticator authenticator) implements Backend {
}
