package io.openemp.access.thrift.internal;

import io.openemp.access.api.Authenticator;
import io.openemp.rpc.api.RpcDispatcher;

/**
 * The platform services a connection works with. Asked at every use, so that a service replaced while the
 * transport runs is picked up without closing connections.
 */
interface Backend {

    RpcDispatcher dispatcher();

    Authenticator authenticator();
}
